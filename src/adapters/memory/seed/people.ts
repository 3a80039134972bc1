/** Colleagues at Larkspur Logistics, for the `user` variable picker (person lookup). */
import type { PersonMatch } from '../../../core/schemas.js';

const rows: [string, string][] = [
  ['Sam Rivera', 'Customer Operations'],
  ['Anouk de Vries', 'Finance'],
  ['Pieter Bakker', 'Warehouse Operations'],
  ['Fatima El Amrani', 'Human Resources'],
  ['Daan Jansen', 'Transport Planning'],
  ['Sophie van den Berg', 'Customer Operations'],
  ['Mehmet Yılmaz', 'Warehouse Operations'],
  ['Lotte Visser', 'Procurement'],
  ['Oliver Hughes', 'Sales'],
  ['Priya Sharma', 'IT'],
  ['Callum McBride', 'Transport Planning'],
  ['Amara Okafor', 'Finance'],
  ['Hannah Whitaker', 'Human Resources'],
  ['Tomasz Kowalski', 'Warehouse Operations'],
  ['Aisha Begum', 'Customer Operations'],
  ['Jack Thornton', 'Fleet Management'],
  ['Chloé Martin', 'Sales'],
  ['Mathis Dubois', 'Warehouse Operations'],
  ['Inès Benali', 'Legal'],
  ['Léa Moreau', 'Marketing'],
  ['Antoine Girard', 'Transport Planning'],
  ['Camille Lefèvre', 'Finance'],
  ['Nguyen Thi Lan', 'IT'],
  ['Kenji Watanabe', 'Data & Analytics'],
  ['Sofía García', 'Marketing'],
  ['Lucas Oliveira', 'Fleet Management'],
  ['Ewa Nowak', 'Procurement'],
  ['Ravi Patel', 'Data & Analytics'],
  ['Grace Adeyemi', 'Legal'],
  ['Mohammed Al-Sayed', 'Customs & Compliance'],
  ['Sanne Mulder', 'Customs & Compliance'],
  ['Ruben Smit', 'IT'],
  ['Emily Clarke', 'Executive Office'],
  ['Thomas Wright', 'Health & Safety'],
  ['Zeynep Demir', 'Human Resources'],
  ['Jonas Müller', 'Sales'],
  ['Astrid Lindqvist', 'Data & Analytics'],
  ['Kwame Mensah', 'Warehouse Operations'],
  ['Julie Fontaine', 'Customer Operations'],
  ['Daniel Cohen', 'Finance'],
];

/** `Sophie van den Berg` -> `sophie.vandenberg`, accents and spaces removed. */
function localPart(name: string): string {
  const [first = '', ...rest] = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .split(' ');
  return `${first}.${rest.join('').replace(/[^a-z]/g, '')}`;
}

export const seedPeople: PersonMatch[] = rows.map(([name, department], i) => ({
  id: `usr-${String(i + 1).padStart(3, '0')}`,
  name,
  email: `${localPart(name)}@larkspur.example`,
  department,
}));
