import type { Translation } from '../../../core/i18n/index.js';
import { ar as card } from '../../sx-catalog-card/messages/ar.js';
import type { CatalogMessages } from './en.js';

export const ar: Translation<CatalogMessages> = {
  ...card,
  'catalog.filter.label': 'ابحث عن خدمة',
  'catalog.category.label': 'الفئة',
  'catalog.category.all': 'كل الفئات',
  'catalog.list.label': 'الخدمات',
  'catalog.navHint': 'استخدم مفاتيح الأسهم للتنقل بين الخدمات.',
  'catalog.count': { zero: 'لم يُعثر على خدمات', one: 'خدمة واحدة', two: 'خدمتان', few: '{count} خدمات', many: '{count} خدمة', other: '{count} خدمة' },
  'catalog.empty.title': 'لا توجد خدمات تطابق بحثك',
  'catalog.empty.body': 'جرّب كلمات أخرى أو فئة أخرى، أو اسأل مكتب الخدمة.',
  'catalog.clear': 'مسح عوامل التصفية',
  'catalog.back': 'العودة إلى كل الخدمات',
  'catalog.loading': 'جارٍ تحميل الكتالوج…',
};
