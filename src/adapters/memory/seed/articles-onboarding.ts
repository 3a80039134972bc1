import type { Article } from '../../../core/schemas.js';
import { articleMaker, kbLink } from './article-util.js';

const a = articleMaker('Onboarding & Offboarding');

export const onboardingArticles: Article[] = [
  a(
    82,
    'New starter checklist for managers',
    'Everything IT needs from you before a new team member starts, and when.',
    ['newstarter', 'onboarding', 'manager', 'joiner', 'checklist'],
    '01-07',
    `
    <p>Start at least <strong>10 working days</strong> before the first day. Most of the work happens automatically once HR has entered the contract.</p>
    <ol>
      <li><strong>10 days before:</strong> check that HR has entered the new starter. An account is created the next morning.</li>
      <li><strong>10 days before:</strong> request <em>New starter setup</em> in the service catalog: laptop model, phone, and any extra screens.</li>
      <li><strong>5 days before:</strong> request access to shared drives, apps and mailboxes (see ${kbLink(85, 'Give a new starter access')}).</li>
      <li><strong>First day:</strong> collect the laptop from the IT Help Point together, or ask us to put it on their desk.</li>
    </ol>
    <p>Requests made later than 5 days before the start date cannot be guaranteed.</p>
    `,
  ),
  a(
    83,
    'Your first day: signing in for the first time',
    'Welcome to Larkspur! How to sign in to your laptop and set up your account on day one.',
    ['first', 'day', 'new', 'login', 'welcome', 'onboarding'],
    '01-07',
    `
    <p>Your manager gives you your username and a one-time password in a sealed letter, or we send it by text message to your private phone.</p>
    <ol>
      <li>Switch on your laptop and connect to Wi-Fi (in the office, LARK-SECURE works automatically).</li>
      <li>Sign in with your username, for example <code>sam.rivera@larkspur.example</code>, and the one-time password.</li>
      <li>Choose your own password (at least 14 characters; see ${kbLink(7, 'Password rules')}).</li>
      <li>Set up the Authenticator app on your phone when asked (${kbLink(9, 'instructions')}).</li>
      <li>Register for password reset so you can help yourself later (${kbLink(5, 'SSPR enrolment')}).</li>
    </ol>
    <p>Then complete the 20-minute security awareness course in the Learning portal within your first week.</p>
    `,
  ),
  a(
    84,
    'Request equipment for a new starter',
    'Order a laptop, phone, headset and screens for someone joining your team.',
    ['equipment', 'new', 'starter', 'laptop', 'order'],
    '01-14',
    `
    <p>Use the catalog item <em>New starter setup</em>. It bundles the standard kit: a standard notebook, a Jabra headset, a docking station if they have a fixed desk, and a phone if the role needs one.</p>
    <p>Choose the <em>performance</em> notebook only for roles that need it (data analysts, developers, designers). Stock items are delivered within 5 working days.</p>
    `,
  ),
  a(
    85,
    'Give a new starter access to shared drives and apps',
    'Copy a colleague\'s access or request specific folders and applications for a new team member.',
    ['access', 'new', 'starter', 'permissions', 'drives'],
    '01-21',
    `
    <p>The simplest way is to ask for the same access as a colleague in the same role. In the <em>Access request</em> catalog item, choose <strong>Same as another person</strong> and name that colleague.</p>
    <p>Only the access needed for the job is copied; admin rights and personal mailboxes are never copied. For anything else, list the folders and applications separately. Each owner approves their own system, so allow 2-3 working days.</p>
    `,
  ),
  a(
    86,
    'Contractors and temporary staff: accounts and end dates',
    'How accounts for contractors, agency workers and interns are set up and when they stop working.',
    ['contractor', 'temporary', 'agency', 'intern', 'account'],
    '02-05',
    `
    <p>Contractors get an account with <code>ext.</code> in front of their name, for example <code>ext.lena.novak@larkspur.example</code>. Every such account has an end date, which is at most 6 months after the start.</p>
    <ul>
      <li>The sponsoring manager receives a reminder 14 days before the end date.</li>
      <li>On the end date the account stops working at midnight.</li>
      <li>To extend it, see ${kbLink(87, 'Extend a contractor account')}.</li>
    </ul>
    `,
  ),
  a(
    87,
    'Extend a contractor account',
    'Keep a contractor\'s account active after its end date.',
    ['contractor', 'extend', 'account', 'expiry'],
    '03-02',
    `
    <p>Only the sponsoring manager can extend an account. Open the reminder email and select <strong>Extend</strong>, or request <em>Extend external account</em> in the service catalog with the new end date (at most 6 months ahead).</p>
    <p>If the account has already expired, the extension reactivates it within an hour; the contractor's files and mailbox are kept for 30 days after expiry.</p>
    `,
  ),
  a(
    88,
    'Leaver process: what IT needs from managers',
    'When someone leaves your team, make sure their access ends and equipment comes back.',
    ['leaver', 'offboarding', 'manager', 'leaving', 'exit'],
    '01-29',
    `
    <ol>
      <li>HR enters the leaving date. The account is disabled automatically at the end of that day.</li>
      <li>Before the last day, decide who takes over the mailbox and files (see ${kbLink(89, 'Access to a leaver\'s mailbox and files')}).</li>
      <li>On the last day, collect the laptop, phone, badge and any other equipment and bring it to the IT Help Point.</li>
      <li>Transfer ownership of Teams, SharePoint sites and distribution lists the person managed.</li>
    </ol>
    <p>If someone must leave immediately, call Larkspur IT Help: we can disable the account within 15 minutes.</p>
    `,
  ),
  a(
    89,
    'Access to a leaver\'s mailbox and files',
    'How a manager can take over the email and OneDrive of someone who has left.',
    ['leaver', 'mailbox', 'onedrive', 'files', 'handover'],
    '02-12',
    `
    <p>The leaver's mailbox is converted to a shared mailbox and kept for <strong>90 days</strong>. The manager automatically gets access to it and to the leaver's OneDrive.</p>
    <p>Move what the team needs into a Teams channel or SharePoint site within 90 days; after that, everything is deleted. An automatic reply tells senders who to contact instead; ask us if you want different wording.</p>
    `,
  ),
  a(
    90,
    'Internal move: changing team or department',
    'Moving to another team? Here is what happens to your access and equipment.',
    ['move', 'transfer', 'department', 'team', 'access'],
    '03-09',
    `
    <p>When HR records the move, your new manager is asked to request the access you need. Your old access is removed <strong>30 days</strong> after the move so you can finish handovers.</p>
    <p>You keep your laptop and phone. If your new role needs different equipment, your new manager can request it.</p>
    `,
  ),
  a(
    91,
    'Change your name on your account',
    'Update your name and email address after marriage, divorce or another legal name change.',
    ['name', 'change', 'email', 'marriage', 'account'],
    '04-13',
    `
    <p>Tell HR your new name; they update the HR system and IT follows within one working day. You receive a new email address, and the old one keeps working for at least a year so that nothing is lost.</p>
    <p>Your password, files and access do not change. You may need to sign in again on your phone.</p>
    `,
  ),
  a(
    92,
    'Returning from long leave: reactivate your account',
    'Accounts are paused after 60 days of leave; here is how to get back in on your first day.',
    ['leave', 'return', 'disabled', 'account', 'maternity'],
    '04-20',
    `
    <p>For your security, accounts that are not used for 60 days are paused. Your files and email are kept.</p>
    <p>On your first day back, visit the IT Help Point or call <strong>+31 10 555 4357</strong>. After a quick identity check, we reactivate your account and give you a temporary password. Your laptop may need an hour of updates, so come a little early.</p>
    `,
  ),
  a(
    93,
    'Onboarding for warehouse staff on shared devices',
    'How new warehouse colleagues get a badge, a PIN and access to the scanners.',
    ['warehouse', 'onboarding', 'scanner', 'badge', 'shift'],
    '02-21',
    `
    <p>Warehouse colleagues who do not use a laptop get a <em>frontline</em> account. On the first shift:</p>
    <ol>
      <li>The shift lead collects the badge from reception.</li>
      <li>At a kiosk PC, tap the badge and set a 6-digit PIN.</li>
      <li>The shift lead adds the person to the right WMS role (picking, packing or loading).</li>
    </ol>
    <p>Payslips and rosters are available in the Larkspur app on a personal phone.</p>
    `,
  ),
  a(
    94,
    'New starter IT induction sessions',
    'Join a short welcome session that shows you the tools you will use every day.',
    ['induction', 'training', 'new', 'welcome', 'starter'],
    '01-15',
    `
    <p>Every Monday at 14:00 (CET), Larkspur IT Help runs a 45-minute online induction in Teams. We cover signing in, Teams and OneDrive, printing, the VPN and how to ask for help.</p>
    <p>New starters are invited automatically. Anyone else is welcome; find the session in the Learning portal.</p>
    `,
  ),
  a(
    95,
    'Hand over your work before you leave',
    'A checklist for people leaving Larkspur so that colleagues can find what they need.',
    ['leaving', 'handover', 'files', 'offboarding'],
    '03-27',
    `
    <ul>
      <li>Move team documents from your OneDrive to the team's Teams channel or SharePoint site.</li>
      <li>Hand over ownership of Teams, sites and lists you own.</li>
      <li>Tell customers and suppliers who their new contact is.</li>
      <li>Delete personal files; you cannot access them after your last day.</li>
    </ul>
    `,
  ),
  a(
    96,
    'Your last day: returning equipment and badge',
    'What to hand in on your last working day and where.',
    ['last', 'day', 'return', 'badge', 'laptop'],
    '03-27',
    `
    <p>Bring your laptop with its charger, your phone, your badge, and any headset or loan equipment to the IT Help Point or give it to your manager. Sign out of your phone's Apple ID or Google account first, otherwise the phone cannot be reused.</p>
    <p>Your account stops working at the end of your last day.</p>
    `,
  ),
  a(
    97,
    'Approve requests for your team',
    'How managers approve access, equipment and software requests quickly.',
    ['approve', 'approval', 'manager', 'requests'],
    '02-27',
    `
    <p>You receive an email for each request waiting for your approval. Select <strong>Approve</strong> or <strong>Reject</strong> in the email, or open <a href="https://help.larkspur.example/approvals">My approvals</a> to handle several at once.</p>
    <p>Requests waiting more than 5 working days are sent a reminder; after 10 days they are cancelled. Going on holiday? Set a delegate under <strong>My approvals &gt; Delegate</strong>.</p>
    `,
  ),
];
