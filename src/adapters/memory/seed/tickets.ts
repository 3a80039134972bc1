/**
 * Seed tickets of the signed-in demo person, Sam Rivera (Customer Operations, Rotterdam; not an
 * agent). Every time is relative to `now`, so SLA targets look realistic whenever the demo runs.
 * INC0012001-INC0012004 are relied on by tests (see the brief in each draft).
 */
import type { Person, Priority, Sla, Ticket, TicketEvent, TicketState } from '../../../core/schemas.js';

export const SIGNED_IN_PERSON: Person = { name: 'Sam Rivera', isAgent: false };

const SAM = SIGNED_IN_PERSON;
const SYSTEM: Person = { name: 'Larkspur IT Help', isAgent: true };
const agent = (name: string): Person => ({ name, isAgent: true });

export const PRIORITIES: Record<Priority['level'], Priority> = {
  critical: { level: 'critical', label: 'P1 - Critical' },
  high: { level: 'high', label: 'P2 - High' },
  moderate: { level: 'moderate', label: 'P3 - Moderate' },
  low: { level: 'low', label: 'P4 - Low' },
  planning: { level: 'planning', label: 'P5 - Planning' },
};

/** Default vendor labels (ServiceNow-like); drafts may override them. */
const STATE_LABELS: Record<TicketState, string> = {
  new: 'New',
  assigned: 'Assigned',
  'in-progress': 'Work in Progress',
  'waiting-on-you': 'Awaiting caller info',
  resolved: 'Resolved',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

const OPEN_STATES: readonly TicketState[] = ['new', 'assigned', 'in-progress', 'waiting-on-you'];
const RECENTLY_CLOSED_HOURS = 7 * 24;

/** An event, `h` hours before now. */
interface EventDraft {
  h: number;
  type: TicketEvent['type'];
  by?: Person;
  text?: string;
  state?: TicketState;
}

interface SlaDraft {
  kind: Sla['kind'];
  /** Hours from now; negative is in the past. */
  dueIn: number;
  breached?: boolean;
  paused?: boolean;
}

interface TicketDraft {
  number: string;
  title: string;
  description: string;
  state: TicketState;
  stateLabel?: string;
  priority: Priority['level'];
  assignee?: { name?: string; group: string };
  sla?: SlaDraft;
  /** Hours from now. */
  nextUpdateIn?: number;
  waitingFor?: string;
  events: EventDraft[];
}

const created = (h: number, text?: string): EventDraft => ({ h, type: 'created', by: SAM, text });
const assigned = (h: number, group: string, name?: string): EventDraft => ({
  h,
  type: 'assignment',
  by: SYSTEM,
  text: name ? `Assigned to ${name} (${group})` : `Assigned to ${group}`,
});
const moved = (h: number, state: TicketState, by: Person = SYSTEM, text?: string): EventDraft => ({
  h,
  type: 'state-change',
  by,
  state,
  text,
});
const says = (h: number, name: string, text: string): EventDraft => ({ h, type: 'comment', by: agent(name), text });
const samSays = (h: number, text: string): EventDraft => ({ h, type: 'comment', by: SAM, text });
const resolved = (h: number, name: string, text: string): EventDraft => ({
  h,
  type: 'resolution',
  by: agent(name),
  state: 'resolved',
  text,
});
const reopened = (h: number, text: string): EventDraft => ({ h, type: 'reopened', by: SAM, state: 'in-progress', text });

const DRAFTS: TicketDraft[] = [
  // ------------------------------------------------------------------ in progress
  {
    // Test anchor: in progress, resolution SLA due in about 3 hours.
    number: 'INC0012001',
    title: 'Laptop won\u2019t charge when connected to the docking station',
    description:
      'Since Monday my laptop does not charge when I plug it into the dock at my desk (RT-3-118). The battery icon says "Plugged in, not charging" and it goes down to 20% by the afternoon. It does charge with the small charger from my bag.',
    state: 'in-progress',
    priority: 'moderate',
    assignee: { name: 'Ruben Smit', group: 'Workplace Services' },
    sla: { kind: 'resolution', dueIn: 3 },
    nextUpdateIn: 2,
    events: [
      created(26),
      assigned(25.9, 'Service Desk'),
      moved(25.2, 'in-progress', agent('Ellie Shaw')),
      says(25, 'Ellie Shaw', 'Hi Sam, thanks for the details. Could you check the Dell Power Manager battery setting? If it says "Primarily AC use", the laptop stops charging at 80% on purpose.'),
      samSays(22.5, 'It is set to Standard and the battery is at 34%, so I don\u2019t think that is it.'),
      says(21, 'Ellie Shaw', 'Thanks, that rules it out. The dock probably does not deliver enough power. I am passing this to Workplace Services to swap it.'),
      assigned(20.8, 'Workplace Services', 'Ruben Smit'),
      says(6, 'Ruben Smit', 'I will bring a replacement WD19S dock to desk RT-3-118 this afternoon between 14:00 and 16:00. You can keep working; the swap takes five minutes.'),
    ],
  },
  {
    // Test anchor: in progress with a breached SLA.
    number: 'INC0012004',
    title: 'VPN disconnects every few minutes when working from home',
    description:
      'GlobalProtect connects, but drops after 3-5 minutes and reconnects. Teams calls are fine, but I lose SAP and the S: drive each time, and unsaved work in the TMS is lost. Home internet is fibre and other devices are fine.',
    state: 'in-progress',
    priority: 'high',
    assignee: { name: 'Daan Jansen', group: 'Network Team' },
    sla: { kind: 'resolution', dueIn: -5, breached: true },
    nextUpdateIn: 1,
    events: [
      created(30),
      assigned(29.9, 'Service Desk'),
      moved(29.5, 'in-progress', agent('Marco Verbeek')),
      says(29, 'Marco Verbeek', 'Hi Sam, sorry about this. Could you try the steps in KB0010020 (refresh connection, restart) and let us know if it still drops?'),
      samSays(27, 'Done all of them, still drops. It started after the update last Tuesday.'),
      says(26.5, 'Marco Verbeek', 'Thanks. I have collected the GlobalProtect logs remotely and passed this to the Network Team.'),
      assigned(26.4, 'Network Team', 'Daan Jansen'),
      says(12, 'Daan Jansen', 'We see your sessions being moved between two gateways. Several home workers are affected since the update; we are testing a fix on the gateway configuration tonight.'),
      says(2, 'Daan Jansen', 'The fix did not fully solve it, so we are taking longer than our target. Sorry. Workaround until then: in GlobalProtect choose Settings > Gateway > "Rotterdam-1" manually. Next update within the hour.'),
    ],
  },
  {
    number: 'RITM0004505',
    title: 'New laptop: performance model',
    description:
      'Request for a performance notebook for Sam Rivera, needed for the new Power BI dashboards for customer operations. Accessories: docking station, 27 inch monitor.',
    state: 'in-progress',
    stateLabel: 'Fulfilment',
    priority: 'low',
    assignee: { name: 'Kwame Mensah', group: 'Workplace Services' },
    sla: { kind: 'resolution', dueIn: 74 },
    nextUpdateIn: 48,
    events: [
      created(96),
      moved(95.9, 'new', SYSTEM, 'Waiting for approval by Anouk de Vries'),
      says(70, 'Anouk de Vries', 'Approved. Cost centre CC-4120.'),
      assigned(69.5, 'Workplace Services'),
      moved(50, 'in-progress', agent('Kwame Mensah')),
      says(49, 'Kwame Mensah', 'Hi Sam, the Precision 3590 is not in stock in Rotterdam; it has been ordered from Dell and is expected on Thursday. The dock and monitor are ready.'),
      samSays(47, 'Thanks! Could the monitor be delivered to desk RT-3-118 already?'),
      says(45, 'Kwame Mensah', 'Done, it is on your desk. I will let you know when the laptop arrives so we can book a handover slot.'),
    ],
  },
  {
    number: 'INC0012008',
    title: 'SAP: "Your user is locked" when I sign in',
    description:
      'I cannot sign in to SAP S/4HANA since this morning. Message: "User is locked. Please notify the person responsible." I need it to release customer credit notes today.',
    state: 'in-progress',
    priority: 'high',
    assignee: { name: 'Camille Lefèvre', group: 'SAP Support' },
    sla: { kind: 'resolution', dueIn: 1.5 },
    nextUpdateIn: 1,
    events: [
      created(6),
      assigned(5.9, 'SAP Support'),
      moved(4, 'in-progress', agent('Camille Lefèvre')),
      says(3.8, 'Camille Lefèvre', 'Hi Sam, your SAP user was locked after five wrong password attempts at 07:42. Did you try to sign in around that time?'),
      samSays(3.5, 'No, I was on the train then. Could someone else be trying?'),
      says(3, 'Camille Lefèvre', 'The attempts came from an old saved connection on the shared PC in the planning room. I have asked the Security Operations team to look at it as a precaution and will unlock your user once they confirm.'),
    ],
  },
  {
    number: 'RITM0004506',
    title: 'Access to shared mailbox customer-service@larkspur.example',
    description: 'Read and send-as access to customer-service@larkspur.example, to cover the team during the summer.',
    state: 'in-progress',
    stateLabel: 'Fulfilment',
    priority: 'low',
    assignee: { group: 'Identity & Access' },
    sla: { kind: 'resolution', dueIn: 20 },
    nextUpdateIn: 20,
    events: [
      created(30),
      moved(29.9, 'new', SYSTEM, 'Waiting for approval by the mailbox owner, Julie Fontaine'),
      says(8, 'Julie Fontaine', 'Approved, thanks Sam!'),
      assigned(7.5, 'Identity & Access'),
      moved(7, 'in-progress', SYSTEM),
    ],
  },
  {
    number: 'INC0012017',
    title: 'BitLocker recovery key requested at every start-up',
    description:
      'Every time I switch on my laptop, it asks for the BitLocker recovery key. I found the key on the help site and it works, but it asks again the next morning.',
    state: 'in-progress',
    priority: 'moderate',
    assignee: { name: 'Priya Sharma', group: 'Endpoint Team' },
    sla: { kind: 'resolution', dueIn: 26 },
    nextUpdateIn: 6,
    events: [
      created(20),
      assigned(19.8, 'Service Desk'),
      says(19, 'Ellie Shaw', 'Hi Sam, this usually happens after a firmware update. We will look at it remotely; please leave the laptop on and connected today.'),
      assigned(18.5, 'Endpoint Team', 'Priya Sharma'),
      moved(4, 'in-progress', agent('Priya Sharma')),
      says(3.5, 'Priya Sharma', 'A BIOS update is waiting to finish. I will start it remotely at 17:30; after one more restart with the key, it should stop asking.'),
    ],
  },
  // ------------------------------------------------------------------ waiting on you
  {
    // Test anchor: waiting on you, SLA paused.
    number: 'INC0012002',
    title: 'Laptop fan very loud and laptop gets hot',
    description:
      'My laptop fan is loud all day, even with only Outlook open, and the underside gets too hot to keep on my lap. It started about a week ago.',
    state: 'waiting-on-you',
    priority: 'moderate',
    assignee: { name: 'Kwame Mensah', group: 'Workplace Services' },
    sla: { kind: 'resolution', dueIn: 30, paused: true },
    nextUpdateIn: 48,
    waitingFor: 'Please tell us the serial number (Service Tag) on the sticker on the bottom of your laptop, so we can book the Dell engineer.',
    events: [
      created(50),
      assigned(49.9, 'Service Desk'),
      moved(49, 'in-progress', agent('Marco Verbeek')),
      says(48.5, 'Marco Verbeek', 'Hi Sam, I checked remotely: no program is using much CPU, so this looks like a hardware problem. Passing it to Workplace Services.'),
      assigned(48, 'Workplace Services', 'Kwame Mensah'),
      says(20, 'Kwame Mensah', 'Hi Sam, the fan probably needs replacing under warranty. Could you send me the Service Tag from the sticker under the laptop? It is seven characters, for example 7F3K2A1.'),
      moved(20, 'waiting-on-you', agent('Kwame Mensah')),
    ],
  },
  {
    number: 'INC0012009',
    title: 'Phone not receiving work email',
    description: 'My phone stopped showing new work emails since yesterday. Teams still works on the phone.',
    state: 'waiting-on-you',
    priority: 'low',
    assignee: { name: 'Ellie Shaw', group: 'Service Desk' },
    sla: { kind: 'resolution', dueIn: 52, paused: true },
    nextUpdateIn: 72,
    waitingFor: 'Please tell us which app you use for email (Outlook or the phone\u2019s own Mail app) and your phone model.',
    events: [
      created(28),
      assigned(27.8, 'Service Desk', 'Ellie Shaw'),
      moved(27, 'in-progress', agent('Ellie Shaw')),
      says(26.5, 'Ellie Shaw', 'Hi Sam, could you tell us which app you use for email, and which phone model you have? Since last week only the Outlook app is allowed, which may explain it.'),
      moved(26.5, 'waiting-on-you', agent('Ellie Shaw')),
    ],
  },
  {
    number: 'RITM0004507',
    title: 'Software request: Snagit screen capture',
    description: 'Snagit to make annotated screenshots for the customer onboarding guides.',
    state: 'waiting-on-you',
    stateLabel: 'Awaiting user info',
    priority: 'planning',
    assignee: { name: 'Nguyen Thi Lan', group: 'Software Asset Management' },
    sla: { kind: 'resolution', dueIn: 150, paused: true },
    nextUpdateIn: 120,
    waitingFor: 'Please tell us your cost centre (CC- followed by four digits) so we can order the licence.',
    events: [
      created(120),
      assigned(119, 'Software Asset Management', 'Nguyen Thi Lan'),
      moved(100, 'in-progress', agent('Nguyen Thi Lan')),
      says(99, 'Nguyen Thi Lan', 'Hi Sam, Snagit passed the security check. It costs EUR 62 per year. Which cost centre should we charge?'),
      moved(99, 'waiting-on-you', agent('Nguyen Thi Lan')),
      samSays(70, 'I am checking with my manager, will come back to you.'),
      says(30, 'Nguyen Thi Lan', 'Friendly reminder: we still need the cost centre. We will keep the request open for 5 more working days.'),
    ],
  },
  {
    number: 'INC0012010',
    title: 'Planning team shared calendar not visible in Outlook',
    description: 'I was added to the planning team but their shared calendar does not show under "Shared calendars".',
    state: 'waiting-on-you',
    stateLabel: 'Awaiting caller info',
    priority: 'low',
    assignee: { name: 'Ellie Shaw', group: 'Service Desk' },
    waitingFor: 'Please restart Outlook and let us know whether the calendar appears now.',
    nextUpdateIn: 96,
    events: [
      created(10),
      assigned(9.5, 'Service Desk', 'Ellie Shaw'),
      says(8, 'Ellie Shaw', 'Hi Sam, your permission was missing; I have added it. Could you restart Outlook and tell us whether the calendar shows up?'),
      moved(8, 'waiting-on-you', agent('Ellie Shaw')),
    ],
  },
  // ------------------------------------------------------------------ new
  {
    number: 'INC0012005',
    title: 'Teams microphone not working in meetings',
    description:
      'People cannot hear me in Teams meetings since this morning. The headset works for music. I tried another USB port.',
    state: 'new',
    priority: 'low',
    sla: { kind: 'response', dueIn: 3.5 },
    nextUpdateIn: 3.5,
    events: [
      created(0.5),
      says(0.5, 'Larkspur IT Help', 'Thanks, we have received your incident. You will hear from us within 4 working hours. Meanwhile, KB0010116 has steps that often help.'),
      samSays(0.2, 'Tried the test call from the article: the microphone bar does not move at all.'),
    ],
  },
  {
    number: 'RITM0004501',
    title: 'Extra monitor (27 inch) for home office',
    description: 'One 27 inch monitor, to be delivered to my home address.',
    state: 'new',
    stateLabel: 'Open',
    priority: 'planning',
    sla: { kind: 'response', dueIn: 20 },
    nextUpdateIn: 20,
    events: [
      created(4),
      says(4, 'Larkspur IT Help', 'Your request has been received. No approval is needed; Workplace Services will pick it up within one working day.'),
      samSays(3, 'Small correction: I moved last month, the new address is in my HR profile.'),
    ],
  },
  {
    number: 'INC0012006',
    title: 'Excel crashes when opening large TMS export',
    description:
      'Excel closes without a message when I open the weekly TMS export (about 180 MB, 900,000 rows). Smaller exports open fine.',
    state: 'new',
    priority: 'moderate',
    sla: { kind: 'response', dueIn: 1 },
    nextUpdateIn: 1,
    events: [
      created(3),
      says(3, 'Larkspur IT Help', 'Thanks, we have received your incident. You will hear from us within 4 working hours.'),
      samSays(2, 'The export for this week is in the Customer Ops > Reports channel if you want to try it.'),
    ],
  },
  // ------------------------------------------------------------------ assigned
  {
    number: 'INC0012007',
    title: 'Second monitor flickers at hot desk RT-3-042',
    description: 'The right-hand monitor at desk RT-3-042 flickers every few seconds. Tried two laptops, same result.',
    state: 'assigned',
    priority: 'low',
    assignee: { group: 'Workplace Services' },
    sla: { kind: 'resolution', dueIn: 40 },
    nextUpdateIn: 24,
    events: [created(9), assigned(8.8, 'Service Desk'), says(8, 'Marco Verbeek', 'Thanks Sam, I have blocked the desk in Larkspur Spaces and passed this on.'), assigned(7.9, 'Workplace Services')],
  },
  {
    number: 'RITM0004503',
    title: 'Adobe Acrobat Pro licence',
    description: 'Acrobat Pro to redact customer contracts before sharing them with carriers.',
    state: 'assigned',
    stateLabel: 'Approved',
    priority: 'low',
    assignee: { name: 'Nguyen Thi Lan', group: 'Software Asset Management' },
    sla: { kind: 'resolution', dueIn: 18 },
    nextUpdateIn: 18,
    events: [
      created(26),
      moved(25.9, 'new', SYSTEM, 'Waiting for approval by Anouk de Vries'),
      says(5, 'Anouk de Vries', 'Approved.'),
      assigned(4.8, 'Software Asset Management', 'Nguyen Thi Lan'),
    ],
  },
  {
    number: 'RITM0004504',
    title: 'Parking permit Rotterdam',
    description: 'Parking permit for the Rotterdam garage. Number plate GH-123-K. Reason: I work early shifts twice a week.',
    state: 'assigned',
    stateLabel: 'Assigned',
    priority: 'planning',
    assignee: { group: 'Facilities Rotterdam' },
    nextUpdateIn: 72,
    events: [
      created(75),
      moved(74.9, 'new', SYSTEM, 'Waiting for approval by Anouk de Vries'),
      says(50, 'Anouk de Vries', 'Approved.'),
      assigned(49.5, 'Facilities Rotterdam'),
      says(49, 'Larkspur IT Help', 'Permits are allocated every Friday. You will hear from Facilities after the next allocation round.'),
    ],
  },
  {
    number: 'INC0012016',
    title: 'Suspicious invoice email from carrier with new bank details',
    description:
      'An email from "NordFreight" asks us to pay this month\u2019s invoices to a new bank account. The address looks slightly different from the usual one. I have not clicked anything.',
    state: 'assigned',
    priority: 'high',
    assignee: { name: 'Mohammed Al-Sayed', group: 'Security Operations' },
    sla: { kind: 'response', dueIn: 0.5 },
    nextUpdateIn: 0.5,
    events: [
      created(1.5),
      assigned(1.4, 'Security Operations', 'Mohammed Al-Sayed'),
      says(1.2, 'Larkspur IT Help', 'Thank you for reporting this. Please do not reply to the email or forward it to colleagues.'),
      samSays(1, 'I have also told Accounts Payable not to change anything.'),
    ],
  },
  // ------------------------------------------------------------------ resolved
  {
    // Test anchor: resolved, confirm and reopen allowed.
    number: 'INC0012003',
    title: 'Cannot print to the Follow-Me printer on the 3rd floor',
    description: 'When I tap my new badge at the printer it says "Card not recognised", and my print jobs do not appear.',
    state: 'resolved',
    priority: 'low',
    assignee: { name: 'Marco Verbeek', group: 'Service Desk' },
    sla: { kind: 'resolution', dueIn: -20 },
    events: [
      created(28),
      assigned(27.9, 'Service Desk', 'Marco Verbeek'),
      moved(27.5, 'in-progress', agent('Marco Verbeek')),
      says(27, 'Marco Verbeek', 'Hi Sam, replacement badges have to be registered once at the printer. I have removed the old card number from your account so you can register the new one.'),
      samSays(24, 'It asked me to sign in and register the card, and now it prints. Thanks!'),
      resolved(23.5, 'Marco Verbeek', 'Your new badge was not linked to your print account after the replacement. We removed the old card number and you registered the new badge at the printer. Please confirm that printing works, or reopen within 5 days if not.'),
    ],
  },
  {
    number: 'INC0012011',
    title: 'Locked out after password change',
    description: 'I changed my password yesterday and now my account locks every hour.',
    state: 'resolved',
    priority: 'moderate',
    assignee: { name: 'Ellie Shaw', group: 'Service Desk' },
    sla: { kind: 'resolution', dueIn: -10 },
    events: [
      created(70),
      assigned(69.8, 'Service Desk', 'Ellie Shaw'),
      moved(69, 'in-progress', agent('Ellie Shaw')),
      says(68.5, 'Ellie Shaw', 'The lockouts come from a device still using your old password. Please check your phone\u2019s mail app (KB0010014).'),
      resolved(60, 'Ellie Shaw', 'The old password was saved on your phone. After updating it, no more lockouts were logged.'),
      reopened(40, 'It happened again this morning at 09:10 and 10:15.'),
      moved(39.5, 'in-progress', agent('Ellie Shaw')),
      says(39, 'Ellie Shaw', 'This time the attempts come from mapped drive S: on your laptop. I have cleared the saved credentials remotely.'),
      samSays(20, 'No lockouts since yesterday afternoon.'),
      resolved(19, 'Ellie Shaw', 'Old credentials for the S: drive were stored in Windows Credential Manager. Removed them; no lockouts logged for 20 hours.'),
    ],
  },
  {
    number: 'RITM0004508',
    title: 'Guest Wi-Fi for customer visit (12 people)',
    description: 'LARK-GUEST vouchers for 12 visitors from Hollandia Foods on Thursday, one day.',
    state: 'resolved',
    stateLabel: 'Delivered',
    priority: 'low',
    assignee: { group: 'Network Team' },
    events: [
      created(60),
      assigned(59, 'Network Team'),
      moved(40, 'in-progress', SYSTEM),
      resolved(39, 'Daan Jansen', '12 vouchers valid for Thursday have been emailed to you as a PDF. Print them or share the codes with the visitors.'),
    ],
  },
  {
    number: 'INC0012012',
    title: 'Meeting room RT-4-Maas screen stays black',
    description: 'The big screen in RT-4-Maas does not switch on; the console says "No display".',
    state: 'resolved',
    priority: 'moderate',
    assignee: { name: 'Thomas Wright', group: 'Workplace Services' },
    sla: { kind: 'resolution', dueIn: -30 },
    events: [
      created(52),
      assigned(51.9, 'Workplace Services', 'Thomas Wright'),
      moved(51.5, 'in-progress', agent('Thomas Wright')),
      says(51, 'Thomas Wright', 'On my way with a spare HDMI cable.'),
      resolved(50, 'Thomas Wright', 'The screen\u2019s power cable had been unplugged by the cleaners. Plugged in and secured with a cable tie.'),
    ],
  },
  // ------------------------------------------------------------------ closed
  {
    number: 'INC0012013',
    title: 'Outlook very slow: "data file has reached its maximum size"',
    description: 'Outlook takes 5 minutes to start and shows that the data file is full.',
    state: 'closed',
    priority: 'moderate',
    assignee: { name: 'Marco Verbeek', group: 'Service Desk' },
    sla: { kind: 'resolution', dueIn: -120 },
    events: [
      created(190),
      assigned(189.9, 'Service Desk', 'Marco Verbeek'),
      moved(189, 'in-progress', agent('Marco Verbeek')),
      says(188, 'Marco Verbeek', 'Your OST file is 51 GB. I will reduce the offline period to 1 year and rebuild it tonight.'),
      resolved(170, 'Marco Verbeek', 'Set "Download email for the past" to 1 year and rebuilt the OST file (now 9 GB). Outlook starts in 10 seconds.'),
      samSays(160, 'Works great, thank you!'),
      moved(60, 'closed', SYSTEM, 'Closed after confirmation by the caller'),
    ],
  },
  {
    number: 'RITM0004502',
    title: 'Access to shared drive \\\\lark-fs01\\customer-ops\\reports',
    description: 'Read and change access to the reports folder of Customer Operations.',
    state: 'closed',
    stateLabel: 'Closed Complete',
    priority: 'low',
    assignee: { group: 'Identity & Access' },
    events: [
      created(150),
      moved(149.9, 'new', SYSTEM, 'Waiting for approval by the folder owner, Sophie van den Berg'),
      says(140, 'Sophie van den Berg', 'Approved.'),
      assigned(139, 'Identity & Access'),
      resolved(130, 'Nguyen Thi Lan', 'Access granted. Sign out and in again to see the folder.'),
      moved(10, 'closed', SYSTEM),
    ],
  },
  {
    number: 'RITM0004509',
    title: 'Replacement headset (wireless)',
    description: 'My Jabra headset broke (headband snapped). Replacement wireless model.',
    state: 'closed',
    stateLabel: 'Closed Complete',
    priority: 'planning',
    assignee: { group: 'Workplace Services' },
    events: [
      created(600),
      assigned(599, 'Workplace Services'),
      moved(560, 'in-progress', agent('Kwame Mensah')),
      resolved(530, 'Kwame Mensah', 'New Jabra Evolve2 65 left at the IT Help Point for collection. Please hand in the old one.'),
      samSays(500, 'Collected, thanks.'),
      moved(350, 'closed', SYSTEM),
    ],
  },
  {
    number: 'INC0012014',
    title: 'Printer RT-PR-02 jams on every double-sided job',
    description: 'Printer RT-PR-02 on the 2nd floor jams on every double-sided print. Single-sided works.',
    state: 'closed',
    priority: 'low',
    assignee: { name: 'Thomas Wright', group: 'Workplace Services' },
    events: [
      created(1000),
      assigned(999, 'Workplace Services', 'Thomas Wright'),
      says(980, 'Thomas Wright', 'Konica engineer booked for tomorrow morning.'),
      resolved(960, 'Thomas Wright', 'The duplex unit roller was worn and has been replaced by the engineer.'),
      moved(800, 'closed', SYSTEM),
    ],
  },
  // ------------------------------------------------------------------ cancelled
  {
    number: 'RITM0004511',
    title: 'Loan laptop for trip to Singapore',
    description: 'Clean loan laptop for a customer visit to Singapore, 2 weeks.',
    state: 'cancelled',
    stateLabel: 'Closed Incomplete',
    priority: 'low',
    assignee: { group: 'Workplace Services' },
    events: [
      created(300),
      assigned(299, 'Workplace Services'),
      samSays(250, 'The trip has been cancelled, so I no longer need the laptop. Sorry for the trouble!'),
      moved(249, 'cancelled', agent('Kwame Mensah'), 'Cancelled at the requester\u2019s request'),
    ],
  },
  {
    number: 'INC0012015',
    title: 'Wi-Fi not working on the 4th floor',
    description: 'No Wi-Fi at all on the 4th floor since 09:00.',
    state: 'cancelled',
    stateLabel: 'Cancelled',
    priority: 'moderate',
    assignee: { group: 'Network Team' },
    events: [
      created(140),
      assigned(139.9, 'Service Desk'),
      says(139.5, 'Marco Verbeek', 'Thanks Sam. This is part of a known outage on the 4th floor (INC0011990). We are closing your ticket and will keep you informed through the main one.'),
      moved(139.4, 'cancelled', agent('Marco Verbeek'), 'Duplicate of INC0011990'),
    ],
  },
  {
    number: 'RITM0004512',
    title: 'Microsoft Visio licence',
    description: 'Visio Plan 2 to draw the new warehouse process flows.',
    state: 'cancelled',
    stateLabel: 'Closed Incomplete',
    priority: 'planning',
    events: [
      created(400),
      moved(399.9, 'new', SYSTEM, 'Waiting for approval by Anouk de Vries'),
      says(380, 'Anouk de Vries', 'Rejected: the process team already has two Visio licences you can use; please ask Tomasz Kowalski.'),
      moved(379.9, 'cancelled', SYSTEM, 'Approval rejected'),
    ],
  },
];

export function seedTickets(now: Date): Ticket[] {
  const t0 = now.getTime();
  const iso = (ms: number) => new Date(Math.round(ms / 1000) * 1000).toISOString();
  const ago = (hours: number) => iso(t0 - hours * 3_600_000);
  const ahead = (hours: number) => iso(t0 + hours * 3_600_000);

  return DRAFTS.map((d): Ticket => {
    const drafts = [...d.events].sort((x, y) => y.h - x.h);
    const events: TicketEvent[] = drafts.map((e, i) => {
      const event: TicketEvent = { id: `e${i + 1}`, type: e.type, at: ago(e.h) };
      if (e.by) event.author = e.by;
      if (e.text) event.text = e.text;
      if (e.state) event.state = e.state;
      return event;
    });
    const first = drafts[0];
    const last = drafts[drafts.length - 1];
    const open = OPEN_STATES.includes(d.state);
    const ticket: Ticket = {
      id: d.number,
      number: d.number,
      title: d.title,
      description: d.description,
      state: d.state,
      stateLabel: d.stateLabel ?? STATE_LABELS[d.state],
      priority: PRIORITIES[d.priority],
      createdAt: ago(first?.h ?? 0),
      updatedAt: ago(last?.h ?? 0),
      permissions: {
        comment: open,
        confirm: d.state === 'resolved',
        reopen:
          d.state === 'resolved' || (d.state === 'closed' && (last?.h ?? Infinity) <= RECENTLY_CLOSED_HOURS),
      },
      url: `https://help.larkspur.example/tickets/${d.number}`,
      events,
    };
    if (d.assignee) ticket.assignee = d.assignee;
    if (d.sla) {
      ticket.sla = {
        kind: d.sla.kind,
        dueAt: ahead(d.sla.dueIn),
        breached: d.sla.breached ?? false,
        paused: d.sla.paused ?? false,
      };
    }
    if (open && d.nextUpdateIn !== undefined) ticket.nextUpdateBy = ahead(d.nextUpdateIn);
    if (d.waitingFor) ticket.waitingFor = d.waitingFor;
    return ticket;
  });
}
