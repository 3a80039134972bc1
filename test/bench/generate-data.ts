/**
 * Deterministic generators of large, realistic data sets for benchmarks and stress tests (10,000
 * articles, 1,000 tickets, 500 catalog items, tickets with 200 events). Same arguments, same
 * output: a seeded PRNG (mulberry32), never Math.random. Every result passes the core schemas.
 */
import type {
  Article,
  CatalogItem,
  CatalogVariable,
  Person,
  Sla,
  Ticket,
  TicketEvent,
  TicketState,
} from '../../src/core/schemas.js';
import { DEFAULT_STATE_LABELS, isOpenState } from '../../src/core/ticket-states.js';
import { PRIORITIES } from '../../src/adapters/memory/seed/tickets.js';

// ------------------------------------------------------------------------------------ PRNG

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for test data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  sample<T>(list: readonly T[], n: number): T[];
  chance(p: number): boolean;
}

function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return {
    next,
    int,
    pick,
    chance: (p) => next() < p,
    sample<T>(list: readonly T[], n: number): T[] {
      const copy = [...list];
      const out: T[] = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
      return out;
    },
  };
}

const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w)\}/g, (_, k: string) => vars[k] ?? '');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const words = (html: string) => html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;

// ------------------------------------------------------------------------------------ vocabulary

interface Topic {
  category: string;
  tags: string[];
  /** Things the article is about. */
  subjects: string[];
  errors: string[];
  intros: string[];
  steps: string[];
}

const TOPICS: Topic[] = [
  {
    category: 'Passwords & MFA',
    tags: ['password', 'login', 'mfa', 'locked', 'forgot', 'signin'],
    subjects: ['your network password', 'self-service password reset (SSPR)', 'Microsoft Authenticator', 'multi-factor authentication (MFA)', 'Windows Hello PIN', 'the fingerprint reader', 'a Temporary Access Pass', 'your SAP password', 'the Bitwarden vault', 'a kiosk PIN', 'security questions', 'the SMS backup method', 'a hardware security key', 'password expiry reminders'],
    errors: ['Your account is locked', 'The password is incorrect', 'We couldn\u2019t verify your identity', 'Your password has expired', 'Approve sign-in request timed out'],
    intros: ['Being unable to sign in is frustrating; this guide explains how {s} works at Larkspur and how to get going again yourself.', 'Most problems with {s} can be solved in a few minutes without calling Larkspur IT Help.', 'This article covers {s} and the messages you may see when signing in.'],
    steps: ['Open <a href="https://help.larkspur.example/security-info">Security info</a> and sign in with your work email address.', 'Check that Caps Lock is off and that the keyboard language is the one you expect.', 'Approve the request in the Authenticator app and type the number shown on your screen.', 'Choose a new password of at least 14 characters; a short sentence is easiest to remember.', 'Lock your laptop with <code>Windows + L</code> and unlock it with the new password while connected to the VPN.', 'Remove old saved passwords from Credential Manager so they do not lock your account.', 'Register a second sign-in method, such as a phone number, in case you lose your phone.', 'Wait 15 minutes if your account is locked, or reset your password to unlock it straight away.', 'Never read an MFA code out to anyone, even if they say they are from IT.', 'Update the password in the Outlook app on your phone when it asks you to sign in again.'],
  },
  {
    category: 'VPN & Wi-Fi',
    tags: ['wifi', 'vpn', 'internet', 'network', 'wireless', 'connection'],
    subjects: ['the GlobalProtect VPN', 'LARK-SECURE Wi-Fi', 'LARK-GUEST vouchers', 'your home router', 'a wired network port', 'a mobile hotspot', 'the DNS cache', 'split tunnelling', 'pre-logon VPN', 'hotel Wi-Fi', 'the VPN certificate', 'Wi-Fi on the loading dock', 'eduroam-style roaming between offices', 'network drive access over VPN'],
    errors: ['Gateway not responding', 'No internet, secured', 'Certificate error', 'This site can\u2019t be reached', 'Authentication failed'],
    intros: ['{s} connects your laptop to the systems you need; here is how to get it working again.', 'Connection trouble with {s} usually has a simple cause that you can fix yourself.', 'Use this guide when {s} is slow, drops out or does not connect at all.'],
    steps: ['Select the network icon next to the clock and check which network you are connected to.', 'Switch Wi-Fi off and on again, or restart your laptop to renew its connection.', 'Open GlobalProtect, choose <strong>Settings &gt; General</strong> and select <strong>Refresh connection</strong>.', 'Complete the sign-in page of hotel or train Wi-Fi in a browser before connecting the VPN.', 'Plug in a network cable at a desk for a faster and more stable connection.', 'Open Command Prompt and run <code>ipconfig /flushdns</code> to clear old addresses.', 'Move closer to the white access points on the ceiling; racks and walls weaken the signal.', 'Restart your home router and test your speed before a long video call.', 'Note the building, floor and desk number so the Network Team can find the access point.', 'Collect the GlobalProtect logs under <strong>Troubleshooting</strong> and attach them to your ticket.'],
  },
  {
    category: 'Email & Calendar',
    tags: ['email', 'outlook', 'calendar', 'mail', 'meeting', 'inbox'],
    subjects: ['Outlook', 'the OST data file', 'a shared mailbox', 'automatic replies', 'calendar sharing', 'a distribution list', 'the online archive', 'Outlook search', 'email encryption', 'the junk email filter', 'meeting invitations', 'Outlook mobile', 'email signatures', 'mailbox quota'],
    errors: ['Working offline', 'The Outlook data file has reached its maximum size', 'Your mailbox is almost full', 'Message blocked: attachment too large', 'Something went wrong'],
    intros: ['{s} is part of everyday work at Larkspur; this article explains the most common questions.', 'If {s} does not behave as expected, these steps usually put it right.', 'Here is how to use {s} effectively and what to do when it goes wrong.'],
    steps: ['Close Outlook completely, including from the notification area, and open it again.', 'Select <strong>File &gt; Account Settings</strong> and check that your work account is listed.', 'Empty Deleted Items and Junk Email, then move older messages to the Online Archive.', 'Search for large items by typing <code>size:&gt;10MB</code> in the search bar.', 'Share large files as a OneDrive link instead of an attachment.', 'Check the quarantine notification email and release only messages you trust.', 'Use Scheduling Assistant to find a time that suits colleagues in Leeds and Lyon.', 'Open <code>outlook.office.com</code> to keep working in a browser while we investigate.', 'Rebuild the search index under <strong>Options &gt; Search &gt; Indexing Options</strong>.', 'Restart Outlook after access is granted so the mailbox appears in the folder list.'],
  },
  {
    category: 'Printers & Scanning',
    tags: ['printer', 'print', 'scan', 'scanner', 'paper', 'badge'],
    subjects: ['Follow-Me printing', 'the Konica Minolta printer', 'scan to email', 'scan to OneDrive', 'the Zebra label printer', 'toner cartridges', 'double-sided printing', 'colour printing', 'badge registration at printers', 'A3 printing', 'the print queue', 'printing from a Mac', 'printing from a phone', 'OCR on scanned PDFs'],
    errors: ['Card not recognised', 'Printer offline', 'Paper jam in tray 2', 'Replace toner', 'Job deleted'],
    intros: ['{s} works the same way in Rotterdam, Leeds and Lyon; this guide helps you when it does not.', 'Printing problems often come from the laptop, not the printer. Start here for {s}.', 'This article explains {s} step by step.'],
    steps: ['Print to the <code>LARK-FOLLOWME</code> queue and tap your badge at any printer.', 'Check that you are connected to LARK-SECURE, a network cable or the VPN.', 'Follow the animation on the printer screen and only touch the green handles.', 'Register your badge once by signing in at the printer and choosing <strong>Register card</strong>.', 'Open the print queue, cancel the stuck job and restart your laptop.', 'Reinstall Follow-Me Printing from Company Portal if the printer is missing.', 'Choose <strong>Printer properties</strong> to change colour, paper size or double-sided printing.', 'Press the feed button for two seconds to calibrate a label printer.', 'Report the printer name from the sticker, for example <code>RT-PR-03</code>.', 'Scan in black and white for long documents to keep the file small.'],
  },
  {
    category: 'Laptops & Phones',
    tags: ['laptop', 'phone', 'notebook', 'charger', 'screen', 'mobile'],
    subjects: ['your laptop battery', 'the Dell WD19 docking station', 'an external monitor', 'Intune Company Portal enrolment', 'a BYOD phone', 'BitLocker', 'Windows updates', 'a Bluetooth headset', 'the laptop keyboard', 'the webcam', 'laptop performance', 'a loan laptop', 'a company iPhone', 'USB-C chargers'],
    errors: ['Plugged in, not charging', 'No signal', 'Enter the recovery key to continue', 'Your device is not compliant', 'USB device not recognised'],
    intros: ['{s} is one of the most common reasons people contact Larkspur IT Help; most fixes take minutes.', 'Before you request a repair for {s}, try these checks.', 'This guide explains how {s} is set up on Larkspur devices.'],
    steps: ['Restart the laptop fully; closing the lid is not the same as restarting.', 'Plug the charger straight into the laptop instead of into the dock.', 'Press <code>Windows + P</code> and choose <strong>Extend</strong> to use a second screen.', 'Open Company Portal and select <strong>Check status</strong> to sync the device.', 'Note the Service Tag from the sticker under the laptop before you contact us.', 'Check <strong>Settings &gt; Windows Update</strong> for a pending restart.', 'Unplug the dock, wait ten seconds and plug it in again.', 'Look up your BitLocker recovery key on the My devices page from your phone.', 'Make sure OneDrive shows <em>Up to date</em> before handing in an old laptop.', 'Ask for a loan laptop at the IT Help Point if you cannot work in the meantime.'],
  },
  {
    category: 'Onboarding & Offboarding',
    tags: ['newstarter', 'joiner', 'leaver', 'onboarding', 'account', 'manager'],
    subjects: ['a new starter account', 'the first day sign-in', 'contractor accounts', 'leaver checklists', 'mailbox handover', 'an internal move', 'a name change', 'long leave reactivation', 'warehouse frontline accounts', 'equipment for new starters', 'the IT induction', 'account end dates', 'access copying', 'returning equipment'],
    errors: ['Your account has been disabled', 'Account expired', 'User not found', 'Sign-in blocked', 'Pending HR record'],
    intros: ['{s} is handled mostly automatically from the HR system; this article explains what you still need to do.', 'Managers often ask about {s}. Here is the process and the timing.', 'Plan {s} early: most steps need a few working days.'],
    steps: ['Check that HR has entered the contract at least ten working days before the start date.', 'Request <em>New starter setup</em> in the service catalog with the right laptop model.', 'Ask for the same access as a colleague in the same role to save time.', 'Collect the laptop, phone and badge on the last working day.', 'Decide who takes over the mailbox and OneDrive before the leaving date.', 'Extend contractor accounts from the reminder email before they expire.', 'Visit the IT Help Point on your first day back after long leave.', 'Transfer ownership of Teams and SharePoint sites before someone leaves.', 'Join the Monday IT induction to learn the everyday tools.', 'Call Larkspur IT Help if access must end immediately.'],
  },
  {
    category: 'Access Requests',
    tags: ['access', 'permissions', 'folder', 'drive', 'approval', 'rights'],
    subjects: ['a shared drive folder', 'the S: drive', 'SAP S/4HANA roles', 'the transport management system (TMS)', 'the warehouse management system (WMS)', 'local admin rights', 'a SharePoint site', 'a private Teams team', 'Power BI reports', 'a shared mailbox', 'guest users', 'service accounts', 'the quarterly access review', 'customs declaration tools'],
    errors: ['Access denied', 'You don\u2019t currently have permission to access this folder', 'You need permission', 'User is locked', 'Request pending approval'],
    intros: ['Access to {s} is granted by its owner; this article explains how to ask and how long it takes.', 'If you cannot open {s}, it is usually a permission that is missing or not yet active.', 'This guide covers requesting, checking and handing back access to {s}.'],
    steps: ['Request access in the service catalog and explain briefly why you need it.', 'Name the group or folder path from the address bar to speed things up.', 'Sign out and in again after approval so the new access is picked up.', 'Connect the VPN first when you are working from home.', 'Ask for the same access as a colleague who does the same work.', 'Check who the request is waiting for under <em>Approvals</em> on the request page.', 'Hand back access you no longer need from the My access page.', 'Use Admin on Demand to switch on admin rights for up to 60 minutes.', 'Send a polite reminder if an approver has not responded within three days.', 'Call the 24/7 line for urgent access needed to keep shipments moving.'],
  },
  {
    category: 'Software',
    tags: ['software', 'install', 'app', 'licence', 'teams', 'office'],
    subjects: ['Company Portal', 'Microsoft Teams', 'Excel', 'Word', 'OneDrive sync', 'Adobe Acrobat Pro', 'Microsoft Edge', 'Google Chrome', 'Power BI Desktop', 'Microsoft 365 apps', 'Visio', 'Snagit', 'Edge IE mode', 'the Office licence'],
    errors: ['Unlicensed product', 'Installation failed', 'We can\u2019t connect you', 'Sync pending', 'The file is locked for editing'],
    intros: ['{s} is available to Larkspur staff; this article explains installation, licences and common fixes.', 'When {s} misbehaves, these steps solve most problems without a ticket.', 'Here is what you need to know about {s}.'],
    steps: ['Open Company Portal from the Start menu, search for the app and select <strong>Install</strong>.', 'Sign in with your <code>@larkspur.example</code> account, not a personal Microsoft account.', 'Quit the app completely from the notification area and start it again.', 'Run <strong>Quick Repair</strong> from <em>Settings &gt; Apps &gt; Installed apps</em>.', 'Clear the Teams cache with <strong>Reset</strong> under Advanced options.', 'Select <strong>File &gt; Account &gt; Update Now</strong> to install the latest fixes.', 'Move shared files into a Teams channel so several people can edit at once.', 'Choose the right microphone and camera under <strong>Settings &gt; Devices</strong>.', 'Request software that is not in Company Portal through the service catalog.', 'Clear cookies and cached files with <code>Ctrl + Shift + Delete</code>.'],
  },
  {
    category: 'Security & Phishing',
    tags: ['phishing', 'scam', 'security', 'virus', 'suspicious', 'fraud'],
    subjects: ['phishing emails', 'suspicious links', 'fake invoices', 'CEO fraud', 'Microsoft Defender alerts', 'USB sticks', 'sensitivity labels', 'screen locking', 'public Wi-Fi', 'text message scams', 'data breaches', 'AI tools', 'fake sign-in pages', 'security awareness training'],
    errors: ['Threats found', 'This message might be a scam', 'Caution: external sender', 'Dangerous attachment removed', 'Sign-in from an unfamiliar location'],
    intros: ['When it comes to {s}, a logistics company is an attractive target; here is what to look out for and what to do.', 'Reporting problems with {s} quickly protects all 2,000 colleagues.', 'This guide explains Larkspur\u2019s rules for {s} in plain words.'],
    steps: ['Select the email and choose <strong>Report &gt; Report phishing</strong> in Outlook.', 'Hover over a link to read the real address before you click.', 'Disconnect from the network if you opened a suspicious attachment, but leave the laptop on.', 'Change your password straight away if you entered it on a suspicious page.', 'Call Larkspur IT Help on <strong>+31 10 555 4357</strong> and say "security incident".', 'Verify bank detail changes by phone using the number already stored in SAP.', 'Press <code>Windows + L</code> whenever you leave your desk.', 'Hand unknown USB sticks to reception instead of plugging them in.', 'Label confidential documents with the <strong>Sensitivity</strong> button.', 'Use the VPN on public Wi-Fi and a privacy filter on trains.'],
  },
  {
    category: 'Facilities',
    tags: ['badge', 'desk', 'parking', 'room', 'office', 'building'],
    subjects: ['your building badge', 'desk booking in Larkspur Spaces', 'meeting room booking', 'the meeting room screen', 'the Rotterdam garage', 'visitor registration', 'day lockers', 'after-hours access', 'ergonomic equipment', 'EV charging', 'office moves', 'lost property', 'heating and lighting', 'contractor site access'],
    errors: ['Badge not recognised', 'Booking released', 'No display', 'Access not permitted at this time', 'Locker unavailable'],
    intros: ['{s} is managed by Workplace Services; this article explains how it works in each office.', 'Questions about {s} come up often; here are the answers.', 'Use this guide for {s} in Rotterdam, Leeds and Lyon.'],
    steps: ['Open the Larkspur Spaces app or <code>spaces.larkspur.example</code> in a browser.', 'Check in by scanning the QR code before 10:00 or the booking is released.', 'Ask reception for a day pass and bring photo ID.', 'Block a lost badge straight away by calling reception or the 24/7 line.', 'Tap <strong>Join</strong> on the room console; no laptop is needed.', 'Register visitors at least a day ahead so their QR code is ready.', 'Scan the QR code on the room sticker to report a building problem.', 'Request a parking permit in the service catalog with your number plate.', 'Move your car when charging is finished so colleagues can use the charger.', 'Mention the room name from the sign, for example <code>RT-4-Maas</code>.'],
  },
];

const TITLE_TEMPLATES = [
  'Set up {s} on {d}',
  '{S} not working on {d}',
  '{S}: "{e}"',
  'Troubleshoot {s} {l}',
  '{S} on {d}: "{e}"',
  '{S} stops working after an update',
  'Getting started with {s}',
  '{S} for new starters {l}',
  'Common questions about {s}',
  '{S} is slow {l}',
  'Request help with {s} {l}',
  '"{e}" when using {s}',
  'Check {s} before contacting IT Help',
  '{S}: tips for hybrid working',
  'How to use {s} {l}',
  'Reset {s} on {d}',
  '{S}: step-by-step guide for {d}',
  'Known issues with {s} {l}',
  'Before you call: {s} on {d}',
  '{S} after a password change',
  'Quick fixes for {s} on {d}',
];
const SUMMARIES = [
  'How to fix problems with {s} yourself in a few steps.',
  'Step-by-step help with {s} for Larkspur staff.',
  'What to check when {s} does not work as expected.',
  'Everything you need to know about {s}, in plain words.',
  'Answers to the questions Larkspur IT Help hears most about {s}.',
];
const DEVICES = ['a Windows 11 laptop', 'a MacBook', 'an iPhone', 'an Android phone', 'a kiosk PC', 'a hot desk', 'a Teams Room', 'a loan laptop'];
const LOCATIONS = ['in Rotterdam', 'in Leeds', 'in Lyon', 'in the warehouse', 'at home', 'at a customer site', 'while travelling'];
const CLOSINGS = [
  'Still stuck? Contact Larkspur IT Help through <a href="https://help.larkspur.example/contact">the portal</a> or call extension <strong>4357</strong>, and mention what you have already tried.',
  'If none of this helps, raise a ticket and attach a screenshot of any message you see; it saves time for both of us.',
  'Tell us the building, floor and the time it happened when you report the problem, so we can solve it faster.',
  'Most people are back up and running after these steps. If you are not, we are happy to help by phone or at the IT Help Point.',
];

// ------------------------------------------------------------------------------------ articles

export function generateArticles(count: number, seed = 1): Article[] {
  const r = rng(seed);
  const titles = new Set<string>();
  const out: Article[] = [];
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[i % TOPICS.length] as Topic;
    let title = '';
    let subject = '';
    for (let attempt = 0; attempt < 30 && (!title || titles.has(title)); attempt++) {
      subject = r.pick(topic.subjects);
      title = fill(r.pick(TITLE_TEMPLATES), {
        s: subject,
        S: cap(subject),
        d: r.pick(DEVICES),
        e: r.pick(topic.errors),
        l: r.pick(LOCATIONS),
      });
    }
    if (titles.has(title)) title = `${title} (${r.pick(LOCATIONS).replace(/^\w+ /, '')}, guide ${i + 1})`;
    titles.add(title);

    const intro = fill(r.pick(topic.intros), { s: subject });
    const steps = r.sample(topic.steps, r.int(3, 6));
    const closing = r.pick(CLOSINGS);
    const render = () =>
      `<p>${cap(intro)}</p>\n<h3>What to do</h3>\n<ol>\n${steps.map((s) => `<li>${s}</li>`).join('\n')}\n</ol>\n<p>${closing}</p>`;
    let body = render();
    while (words(body) < 80 && steps.length < topic.steps.length) {
      const extra = topic.steps.find((s) => !steps.includes(s));
      if (!extra) break;
      steps.push(extra);
      body = render();
    }
    while (words(body) > 200 && steps.length > 2) {
      steps.pop();
      body = render();
    }

    const id = `KB${2000001 + i}`;
    const month = String(r.int(1, 10)).padStart(2, '0');
    const day = String(r.int(1, 28)).padStart(2, '0');
    const hour = String(r.int(6, 18)).padStart(2, '0');
    const minute = String(r.int(0, 59)).padStart(2, '0');
    const subjectWords = subject
      .toLowerCase()
      .replace(/[^a-z0-9 -]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 3 && !['your', 'with', 'from'].includes(w));
    out.push({
      id,
      title,
      summary: fill(r.pick(SUMMARIES), { s: subject }),
      body,
      url: `https://help.larkspur.example/kb/${id}`,
      category: topic.category,
      tags: [...new Set([...r.sample(topic.tags, 3), ...subjectWords.slice(0, 2)])],
      updatedAt: `${r.chance(0.7) ? 2026 : 2025}-${month}-${day}T${hour}:${minute}:00Z`,
      locale: 'en',
    });
  }
  return out;
}

// ------------------------------------------------------------------------------------ tickets

const PROBLEMS = ['not working', 'keeps disconnecting', 'very slow since this morning', 'shows an error', 'needs to be set up', 'stopped working after the update', 'asks for my password again and again', 'not available for my new colleague'];
const AGENTS = ['Ellie Shaw', 'Marco Verbeek', 'Ruben Smit', 'Priya Sharma', 'Daan Jansen', 'Kwame Mensah', 'Nguyen Thi Lan', 'Thomas Wright', 'Julien Roux', 'Camille Lefèvre'];
const GROUPS = ['Service Desk', 'Network Team', 'Workplace Services', 'Endpoint Team', 'Identity & Access', 'SAP Support', 'Security Operations', 'Software Asset Management'];
const AGENT_LINES = [
  'Thanks for the details. I am looking into it now.',
  'Could you try restarting your laptop and let us know if the problem is still there?',
  'I have checked remotely and can see the problem; working on a fix.',
  'We are waiting for a part from the supplier and will update you when it arrives.',
  'I have passed this to a specialist team who can change the configuration.',
  'A colleague will come to your desk this afternoon.',
  'Could you send us a screenshot of the message you see?',
  'We applied a change on our side. Please try again and tell us the result.',
];
const REQUESTER_LINES = [
  'Thanks, I have tried that but it still happens.',
  'It worked for a while but the problem came back this morning.',
  'Here is the screenshot you asked for.',
  'I will be working from home tomorrow, can we do this remotely?',
  'It works now, thank you!',
  'Any update on this? It is blocking my work.',
];
const STATE_WEIGHTS: [TicketState, number][] = [
  ['new', 10],
  ['assigned', 12],
  ['in-progress', 22],
  ['waiting-on-you', 10],
  ['resolved', 14],
  ['closed', 26],
  ['cancelled', 6],
];

function weightedState(r: Rng): TicketState {
  const total = STATE_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let x = r.next() * total;
  for (const [state, w] of STATE_WEIGHTS) if ((x -= w) < 0) return state;
  return 'closed';
}

export function generateTickets(count: number, now: Date, seed = 1, eventsPerTicket = 8): Ticket[] {
  const r = rng(seed);
  const t0 = Math.floor(now.getTime() / 1000) * 1000;
  const at = (hoursFromNow: number) => new Date(t0 + Math.round(hoursFromNow * 3600) * 1000).toISOString();
  const requester: Person = { name: 'Sam Rivera', isAgent: false };
  const nEvents = Math.max(1, Math.floor(eventsPerTicket));
  const out: Ticket[] = [];

  for (let i = 0; i < count; i++) {
    const topic = r.pick(TOPICS);
    const isRequest = r.chance(0.35);
    const number = `${isRequest ? 'RITM' : 'INC'}${String(1000001 + i).padStart(7, '0')}`;
    const state = weightedState(r);
    const open = isOpenState(state);
    const subject = r.pick(topic.subjects);
    const title = isRequest ? `Request: ${subject} ${r.pick(LOCATIONS)}` : `${cap(subject)} ${r.pick(PROBLEMS)}`;
    const level = r.pick(['critical', 'high', 'moderate', 'moderate', 'low', 'low', 'planning'] as const);
    const group = r.pick(GROUPS);
    const agentName = r.pick(AGENTS);
    const agent: Person = { name: agentName, isAgent: true };

    // Open tickets started recently; finished ones may be old. Events are spread evenly, oldest first.
    const ageHours = open ? r.int(1, 240) : r.int(24, 4000);
    const endHours = open ? -r.next() * Math.min(ageHours, 2) : -(r.int(0, Math.max(1, ageHours - 12)) + 0.5);
    const start = -ageHours;
    const span = Math.max(0.01, endHours - start);
    const events: TicketEvent[] = [];
    for (let k = 0; k < nEvents; k++) {
      const h = start + (nEvents === 1 ? 0 : (span * k) / (nEvents - 1));
      const id = `e${k + 1}`;
      const isLast = k === nEvents - 1;
      if (k === 0) {
        events.push({ id, type: 'created', at: at(h), author: requester, text: `${title}.` });
      } else if (isLast && (state === 'resolved' || state === 'closed')) {
        events.push({
          id,
          type: state === 'resolved' ? 'resolution' : 'state-change',
          at: at(h),
          author: agent,
          state,
          text: state === 'resolved' ? `Resolved: ${r.pick(AGENT_LINES)}` : 'Closed after confirmation',
        });
      } else if (isLast && state !== 'new') {
        events.push({ id, type: 'state-change', at: at(h), author: agent, state });
      } else if (k === 1 && state !== 'new') {
        events.push({ id, type: 'assignment', at: at(h), author: { name: 'Larkspur IT Help', isAgent: true }, text: `Assigned to ${group}` });
      } else if (k % 7 === 0 && state !== 'new') {
        events.push({ id, type: 'reopened', at: at(h), author: requester, state: 'in-progress', text: r.pick(REQUESTER_LINES) });
      } else if (r.chance(0.6)) {
        events.push({ id, type: 'comment', at: at(h), author: agent, text: r.pick(AGENT_LINES) });
      } else {
        events.push({ id, type: 'comment', at: at(h), author: requester, text: r.pick(REQUESTER_LINES) });
      }
    }

    let sla: Sla | undefined;
    if (r.chance(0.8)) {
      const kind = state === 'new' ? 'response' : 'resolution';
      if (open) {
        const due = r.int(-24, 72) + r.next();
        sla = { kind, dueAt: at(due), breached: due < 0 && state !== 'waiting-on-you', paused: state === 'waiting-on-you' };
      } else {
        sla = { kind, dueAt: at(endHours + r.int(-24, 48)), breached: r.chance(0.1), paused: false };
      }
    }
    const last = events[events.length - 1] as TicketEvent;
    const ticket: Ticket = {
      id: number,
      number,
      title,
      description: `${cap(subject)}: ${r.pick(PROBLEMS)}. ${r.pick(REQUESTER_LINES)}`,
      state,
      stateLabel: DEFAULT_STATE_LABELS[state],
      priority: PRIORITIES[level],
      createdAt: at(start),
      updatedAt: last.at,
      permissions: {
        comment: open,
        confirm: state === 'resolved',
        reopen: state === 'resolved' || (state === 'closed' && endHours > -168),
      },
      url: `https://help.larkspur.example/tickets/${number}`,
      events,
    };
    if (state !== 'new') ticket.assignee = r.chance(0.7) ? { name: agentName, group } : { group };
    if (sla) ticket.sla = sla;
    if (open) ticket.nextUpdateBy = at(r.int(1, 48));
    if (state === 'waiting-on-you') ticket.waitingFor = r.pick(['Please send us a screenshot of the error message.', 'Please tell us the serial number on the bottom of your laptop.', 'Please confirm a time when we can connect to your laptop remotely.', 'Please tell us your cost centre (CC- followed by four digits).']);
    out.push(ticket);
  }
  return out;
}

// ------------------------------------------------------------------------------------ catalog

interface Family {
  category: string;
  icon: string;
  prefixes: string[];
  nouns: string[];
  approval: number;
  price?: [number, number, 'once' | 'monthly' | 'yearly'];
}

const FAMILIES: Family[] = [
  { category: 'hardware', icon: 'laptop', prefixes: ['New', 'Replacement', 'Additional', 'Loan'], nouns: ['Dell Latitude 5450 notebook', 'Dell Precision 3590 notebook', 'MacBook Air', 'Surface Pro tablet', 'rugged warehouse tablet', 'USB-C docking station', 'laptop backpack', 'USB-C charger'], approval: 0.5, price: [40, 2400, 'once'] },
  { category: 'hardware', icon: 'monitor', prefixes: ['New', 'Additional', 'Home office'], nouns: ['24 inch monitor', '27 inch monitor', '34 inch curved monitor', 'monitor arm', 'webcam', 'document camera'], approval: 0.2, price: [60, 700, 'once'] },
  { category: 'hardware', icon: 'headset', prefixes: ['New', 'Replacement', 'Wireless'], nouns: ['Jabra headset', 'speakerphone', 'noise-cancelling headset', 'USB handset'], approval: 0.1, price: [30, 260, 'once'] },
  { category: 'communication', icon: 'phone', prefixes: ['New', 'Replacement', 'Additional'], nouns: ['iPhone', 'Android phone', 'SIM card', 'data bundle', 'eSIM for tablet', 'pager for on-call staff'], approval: 0.6, price: [5, 40, 'monthly'] },
  { category: 'software', icon: 'software', prefixes: ['Licence for', 'Trial of', 'Upgrade to'], nouns: ['Adobe Acrobat Pro', 'Adobe Creative Cloud', 'Microsoft Visio', 'Microsoft Project', 'Power BI Pro', 'Snagit', 'AutoCAD LT', 'Tableau Viewer', 'Miro', 'Lucidchart', 'SPSS Statistics', 'JetBrains IntelliJ'], approval: 0.8, price: [5, 90, 'monthly'] },
  { category: 'access', icon: 'key', prefixes: ['Access to', 'Read-only access to', 'Administrator access to'], nouns: ['SAP S/4HANA', 'the transport management system', 'the warehouse management system', 'the customs declaration portal', 'Salesforce CRM', 'the carrier portal', 'the yard management system', 'the finance data warehouse'], approval: 0.9 },
  { category: 'access', icon: 'folder', prefixes: ['Access to the', 'Change access to the', 'New'], nouns: ['finance shared drive', 'planning shared drive', 'HR shared drive', 'customer operations folder', 'project archive', 'legal contracts library'], approval: 1 },
  { category: 'accounts', icon: 'user-plus', prefixes: ['Create', 'Extend', 'Disable'], nouns: ['contractor account', 'intern account', 'service account', 'shared kiosk account', 'test account', 'guest account for a partner'], approval: 0.7 },
  { category: 'communication', icon: 'mail', prefixes: ['New', 'Change to', 'Remove'], nouns: ['distribution list', 'shared mailbox', 'Teams team', 'SharePoint site', 'email alias', 'room mailbox'], approval: 0.3 },
  { category: 'facilities', icon: 'building', prefixes: ['Request', 'Change', 'Cancel'], nouns: ['building badge', 'after-hours access', 'desk move', 'locker', 'ergonomic chair', 'standing desk', 'visitor badge batch'], approval: 0.4, price: [10, 400, 'once'] },
  { category: 'facilities', icon: 'car', prefixes: ['Request', 'Renew'], nouns: ['parking permit Rotterdam', 'parking permit Leeds', 'EV charging card', 'bicycle storage pass'], approval: 0.6, price: [10, 60, 'monthly'] },
  { category: 'facilities', icon: 'calendar', prefixes: ['Book', 'Request'], nouns: ['meeting room AV support', 'town hall streaming', 'event Wi-Fi', 'interpreter booth'], approval: 0.2, price: [50, 900, 'once'] },
];

/** Small reusable groups of variables; each group's `visibleWhen` refers only to its own fields. */
const VARIABLE_GROUPS: ((n: number) => CatalogVariable[])[] = [
  () => [{ name: 'for_person', label: 'Who is it for?', type: 'user', required: true }],
  () => [{ name: 'needed_by', label: 'Needed by', type: 'date', required: true }],
  () => [{ name: 'reason', label: 'Reason', type: 'textarea', required: true, min: 10, max: 500 }],
  () => [{ name: 'cost_centre', label: 'Cost centre', type: 'text', required: true, pattern: '^CC-\\d{4}$', help: 'For example CC-4120.' }],
  (n) => [{ name: 'quantity', label: 'Quantity', type: 'number', required: true, min: 1, max: 5 + (n % 20), default: 1 }],
  () => [{ name: 'contact_email', label: 'Contact email', type: 'email', help: 'If someone else should receive updates.' }],
  () => [
    {
      name: 'office',
      label: 'Office',
      type: 'select',
      required: true,
      options: [
        { value: 'rotterdam', label: 'Rotterdam' },
        { value: 'leeds', label: 'Leeds' },
        { value: 'lyon', label: 'Lyon' },
        { value: 'other', label: 'Other (please specify)' },
      ],
    },
    { name: 'office_other', label: 'Which location?', type: 'text', required: true, max: 80, visibleWhen: { variable: 'office', equals: 'other' } },
  ],
  () => [
    { name: 'urgent', label: 'This is urgent', type: 'checkbox', default: false },
    { name: 'urgency_reason', label: 'Why is it urgent?', type: 'textarea', required: true, max: 300, visibleWhen: { variable: 'urgent', equals: true } },
  ],
  () => [
    {
      name: 'extras',
      label: 'Extras',
      type: 'multiselect',
      options: [
        { value: 'setup', label: 'Set-up at my desk' },
        { value: 'training', label: 'Short training' },
        { value: 'spare', label: 'Spare part' },
      ],
    },
  ],
  () => [
    { name: 'reference', label: 'Related ticket number', type: 'text', pattern: '^(INC|RITM)\\d{7}$' },
    { name: 'reference_note', label: 'Note about the related ticket', type: 'text', max: 200, visibleWhen: { variable: 'reference', filled: true } },
  ],
];

export function generateCatalog(count: number, seed = 1): CatalogItem[] {
  const r = rng(seed);
  const names = new Set<string>();
  const out: CatalogItem[] = [];
  for (let i = 0; i < count; i++) {
    const family = FAMILIES[i % FAMILIES.length] as Family;
    let name = '';
    for (let attempt = 0; attempt < 20 && (!name || names.has(name)); attempt++) {
      name = `${r.pick(family.prefixes)} ${r.pick(family.nouns)}`;
    }
    if (names.has(name)) name = `${name} (${r.pick(['Rotterdam', 'Leeds', 'Lyon'])} ${i + 1})`;
    names.add(name);

    const variables = r
      .sample(VARIABLE_GROUPS, r.int(1, 5))
      .flatMap((group) => group(i))
      .filter((v, k, all) => all.findIndex((w) => w.name === v.name) === k);
    const days = r.int(0, 15);
    const id = `cat-gen-${String(i + 1).padStart(5, '0')}`;
    const item: CatalogItem = {
      id,
      name,
      shortDescription: `${name} for Larkspur staff, delivered in about ${days || 1} working day${days > 1 ? 's' : ''}.`,
      description: `<p>${name}. Requests are handled by ${r.pick(GROUPS)}.</p><ul><li>Typical delivery: ${days} working days.</li><li>${r.pick(['Manager approval may be needed.', 'Stock items are delivered first.', 'You will receive an email when it is ready.'])}</li></ul>`,
      icon: family.icon,
      categories: r.chance(0.2) ? [family.category, r.pick(['hardware', 'software', 'access', 'accounts', 'communication', 'facilities'].filter((c) => c !== family.category))] : [family.category],
      deliveryTime: { days },
      approvalRequired: r.chance(family.approval),
      url: `https://help.larkspur.example/catalog/${id}`,
      variables,
    };
    if (family.price && r.chance(0.8)) {
      const [lo, hi, recurrence] = family.price;
      item.cost = { amount: r.int(lo, hi), currency: 'EUR', recurrence };
    }
    out.push(item);
  }
  return out;
}
