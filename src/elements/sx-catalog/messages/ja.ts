import type { Translation } from '../../../core/i18n/index.js';
import { ja as card } from '../../sx-catalog-card/messages/ja.js';
import type { CatalogMessages } from './en.js';

export const ja: Translation<CatalogMessages> = {
  ...card,
  'catalog.filter.label': 'サービスを探す',
  'catalog.category.label': 'カテゴリ',
  'catalog.category.all': 'すべてのカテゴリ',
  'catalog.list.label': 'サービス',
  'catalog.navHint': '矢印キーでサービス間を移動できます。',
  'catalog.count': { zero: 'サービスが見つかりません', other: '{count} 件のサービス' },
  'catalog.empty.title': '検索に一致するサービスはありません',
  'catalog.empty.body': '別の言葉やカテゴリを試すか、サービスデスクにお問い合わせください。',
  'catalog.clear': 'フィルターをクリア',
  'catalog.back': 'すべてのサービスに戻る',
  'catalog.loading': 'カタログを読み込んでいます…',
};
