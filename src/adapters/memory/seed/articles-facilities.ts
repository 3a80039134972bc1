import type { Article } from '../../../core/schemas.js';
import { articleMaker, kbLink } from './article-util.js';

const a = articleMaker('Facilities');

export const facilitiesArticles: Article[] = [
  a(
    145,
    'Lost or forgotten badge',
    'Get a day pass if you forgot your badge, or block and replace it if it is lost.',
    ['badge', 'lost', 'forgot', 'card', 'door'],
    '01-08',
    `
    <h3>Forgot it at home</h3>
    <p>Ask reception for a day pass. Bring photo ID. Day passes open doors but cannot release prints.</p>
    <h3>Lost or stolen</h3>
    <ol>
      <li>Block it straight away: call reception, or after hours Larkspur IT Help on <strong>+31 10 555 4357</strong>.</li>
      <li>Request a replacement badge in the service catalog (see ${kbLink(146, 'Request a new badge')}).</li>
    </ol>
    <p>Found your old badge again after blocking it? Hand it in at reception; it cannot be unblocked.</p>
    `,
  ),
  a(
    146,
    'Request a new or replacement badge',
    'Order a badge for a new starter, or a replacement for a lost or broken one.',
    ['badge', 'new', 'replacement', 'card', 'access'],
    '01-22',
    `
    <p>Request <em>Building badge</em> in the service catalog. New starters' badges are ordered automatically with the new starter setup.</p>
    <ul>
      <li>Upload a passport-style photo, or have it taken at reception.</li>
      <li>Badges are ready in 2 working days at the reception of your office.</li>
      <li>A replacement for a lost badge costs your department EUR 15; broken badges are replaced free of charge.</li>
    </ul>
    <p>After collecting it, register it once at a printer (${kbLink(59, 'instructions')}).</p>
    `,
  ),
  a(
    147,
    'Book a desk with Larkspur Spaces',
    'Reserve a desk in Rotterdam, Leeds or Lyon before you come in.',
    ['desk', 'booking', 'hotdesk', 'reserve', 'spaces'],
    '02-04',
    `
    <ol>
      <li>Open the <strong>Larkspur Spaces</strong> app on your phone, or <code>spaces.larkspur.example</code> in a browser.</li>
      <li>Choose the office, floor and date.</li>
      <li>Tap a green desk and select <strong>Book</strong>. Desks with a monitor symbol have a dock and two screens.</li>
      <li>On the day, check in by scanning the QR code on the desk before 10:00, or the booking is released.</li>
    </ol>
    <p>You can book up to 14 days ahead. Team neighbourhoods are shown in colour.</p>
    `,
  ),
  a(
    148,
    'Book a meeting room',
    'Find and reserve a meeting room from Outlook or Larkspur Spaces.',
    ['meeting', 'room', 'booking', 'reserve', 'outlook'],
    '01-12',
    `
    <ol>
      <li>In Outlook, create a new meeting and select <strong>Room Finder</strong> (or <em>Browse more rooms</em>).</li>
      <li>Choose the building and see which rooms are free, with their size and equipment.</li>
      <li>Add the room to the meeting like a person, and send.</li>
    </ol>
    <p>The room accepts automatically if it is free. Rooms not checked in on the screen outside within 15 minutes are released for others.</p>
    `,
  ),
  a(
    149,
    'Meeting room screen or video bar not working',
    'Get the room display, camera or Teams Room console working before your meeting.',
    ['meeting', 'room', 'screen', 'av', 'projector', 'camera'],
    '02-11',
    `
    <ol>
      <li>Use the touch console on the table: tap <strong>Join</strong> next to your meeting. No laptop is needed.</li>
      <li>To show your laptop, plug in the HDMI or USB-C cable on the table; the screen switches automatically.</li>
      <li>Screen black? Check the power switch under the table and wait 30 seconds after switching on.</li>
      <li>Console frozen? Use the <strong>Restart</strong> option in its settings, or report it; the Workplace Services team can restart rooms remotely.</li>
    </ol>
    <p>Each room has a sticker with its name (for example <code>RT-4-Maas</code>); mention it when you report a problem.</p>
    `,
  ),
  a(
    150,
    'Parking at the Rotterdam office',
    'How to get a parking permit and where visitors can park in Rotterdam.',
    ['parking', 'car', 'permit', 'rotterdam', 'garage'],
    '01-28',
    `
    <p>The Rotterdam garage has 220 spaces, including 30 with electric chargers. Access is by number-plate recognition.</p>
    <ul>
      <li>Request a <em>Parking permit</em> in the service catalog with your number plate. Permits are given first to people with a medical need, then to those living more than 20 km away or working shifts.</li>
      <li>Visitors can park in the marked visitor spaces; register them in advance (see ${kbLink(152, 'Register a visitor')}).</li>
    </ul>
    `,
  ),
  a(
    151,
    'Parking at the Leeds and Lyon offices',
    'Parking arrangements for the Leeds and Lyon sites.',
    ['parking', 'car', 'leeds', 'lyon', 'permit'],
    '03-13',
    `
    <p><strong>Leeds:</strong> parking is in the shared car park behind the building. Request a permit in the service catalog; it arrives as a sticker by internal post.</p>
    <p><strong>Lyon:</strong> the warehouse car park is open to all staff without a permit. Office staff can use the covered bicycle storage by the main entrance.</p>
    `,
  ),
  a(
    152,
    'Register a visitor',
    'Let reception know who is coming so their badge and Wi-Fi are ready.',
    ['visitor', 'guest', 'reception', 'register'],
    '02-13',
    `
    <p>Register visitors in <strong>Larkspur Spaces &gt; Visitors</strong> at least a day ahead. They receive a QR code by email to scan at reception, and you get a message when they arrive.</p>
    <p>Visitors must be accompanied in the warehouse at all times and wear a high-visibility vest.</p>
    `,
  ),
  a(
    153,
    'Report a facilities problem (heating, lights, cleaning)',
    'Report broken lights, a cold office, a leaking tap or cleaning issues.',
    ['facilities', 'heating', 'lights', 'cleaning', 'repair'],
    '01-20',
    `
    <p>Use <em>Report a building problem</em> on the portal, or scan the QR code on the sticker in every room. Include the building, floor and room, and a photo if it helps.</p>
    <p>Urgent problems such as water leaks, power failures or broken doors: call reception, or the security desk after hours.</p>
    `,
  ),
  a(
    154,
    'Use a locker',
    'Store your things in a day locker when you use a hot desk.',
    ['locker', 'storage', 'desk', 'badge'],
    '03-19',
    `
    <p>Day lockers are near the lifts on every floor. Choose a free locker (green light), put your things in, close it and tap your badge. Tap again to open it. Lockers open automatically at 22:00 each night, so do not leave things overnight.</p>
    <p>Locker stuck or your badge not working on it? Ask reception; they can open it for you.</p>
    `,
  ),
  a(
    155,
    'Office opening hours and after-hours access',
    'When the offices are open and how to get in outside those hours.',
    ['hours', 'opening', 'weekend', 'access', 'office'],
    '01-09',
    `
    <p>Offices are open Monday to Friday, 07:00 to 20:00. Warehouses operate 24/7.</p>
    <p>Office staff who need to come in outside these hours need <em>after-hours access</em> on their badge: request it in the service catalog with your manager's approval. Sign in at the security desk when you arrive.</p>
    `,
  ),
  a(
    156,
    'Request an ergonomic workplace assessment',
    'Get advice and equipment for back, neck or wrist complaints.',
    ['ergonomic', 'chair', 'desk', 'back', 'health'],
    '04-14',
    `
    <p>Workplace Services can assess your workstation, in the office or at home by video. Request <em>Ergonomic assessment</em> in the service catalog. Advised equipment, such as a footrest, a vertical mouse or a laptop stand, is provided free of charge.</p>
    <p>Every office desk can be raised for standing; use the buttons under the right-hand side of the desktop.</p>
    `,
  ),
  a(
    157,
    'Lost property',
    'Lost something in the office? Here is where found items are kept.',
    ['lost', 'found', 'property', 'reception'],
    '02-22',
    `
    <p>Found items are kept at reception for 30 days. Phones, laptops and badges are handed to Larkspur IT Help and the owner is contacted. After 30 days, unclaimed items are given to charity or recycled.</p>
    <p>Lost something? Ask reception or report it on the portal with a short description, the date and where you last had it.</p>
    `,
  ),
  a(
    158,
    'Charge an electric car at the office',
    'Use the EV chargers in the Rotterdam and Leeds car parks.',
    ['ev', 'electric', 'charging', 'car', 'parking'],
    '05-07',
    `
    <p>Tap your Larkspur badge on the charger to start. Charging is free for company cars; private cars pay EUR 0.25 per kWh through payroll.</p>
    <p>Move your car when charging is finished so colleagues can use the charger. The Larkspur Spaces app tells you when your car is full.</p>
    `,
  ),
  a(
    159,
    'Building access for contractors and suppliers',
    'Arrange temporary badges and safety inductions for people working on site.',
    ['contractor', 'building', 'access', 'supplier', 'badge'],
    '03-31',
    `
    <p>Contractors working on site for more than one day need a temporary badge and a safety induction. Request <em>Contractor site access</em> in the service catalog at least 3 working days before they arrive, and name the Larkspur colleague responsible.</p>
    <p>The safety induction takes 30 minutes and is given at reception on the first morning. Contractors working in the warehouse also need safety shoes and a high-visibility vest.</p>
    `,
  ),
  a(
    160,
    'Desk moves and office changes',
    'Moving a team to another floor: what Workplace Services and IT arrange.',
    ['move', 'desk', 'office', 'relocation', 'team'],
    '05-14',
    `
    <p>Request <em>Office move</em> in the service catalog at least 4 weeks ahead. Workplace Services plans furniture and boxes; IT moves printers, screens and docks and checks network ports.</p>
    <p>On moving day, pack personal items in the labelled crates; laptops travel with you.</p>
    `,
  ),
];
