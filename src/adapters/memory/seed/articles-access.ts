import type { Article } from '../../../core/schemas.js';
import { articleMaker, kbLink } from './article-util.js';

const a = articleMaker('Access Requests');

export const accessArticles: Article[] = [
  a(
    98,
    'Request access to a shared drive (network folder)',
    'Ask for read or change access to a team folder on the S: drive.',
    ['access', 'shared', 'drive', 'folder', 'permissions', 'files'],
    '01-13',
    `
    <p>Each folder on the shared drive has an <em>owner</em>, usually the head of the team, who decides who gets in.</p>
    <ol>
      <li>Open the service catalog and choose <strong>Access to a shared drive</strong>.</li>
      <li>Enter the folder path, for example <code>\\\\lark-fs01\\finance\\invoices</code>. You can copy it from the address bar in File Explorer.</li>
      <li>Choose <strong>Read only</strong> or <strong>Read and change</strong>, and explain briefly why you need it.</li>
    </ol>
    <p>The folder owner approves the request; access usually works within one working day of approval. Sign out and in again (or restart) to see the folder.</p>
    `,
  ),
  a(
    99,
    'Map a network drive (S: drive) in Windows',
    'Make a shared folder appear as a drive letter in File Explorer.',
    ['drive', 'map', 'network', 'folder', 'shared'],
    '02-02',
    `
    <p>The <code>S:</code> drive is added automatically when you sign in at the office or on the VPN. To add another folder yourself:</p>
    <ol>
      <li>Open File Explorer and select <strong>This PC</strong>.</li>
      <li>Select the three dots, then <strong>Map network drive</strong>.</li>
      <li>Choose a free letter and type the folder path, for example <code>\\\\lark-fs01\\planning</code>.</li>
      <li>Tick <strong>Reconnect at sign-in</strong> and select <strong>Finish</strong>.</li>
    </ol>
    <p>Drives only work on the Larkspur network or the VPN.</p>
    `,
  ),
  a(
    100,
    '"Access denied" on a shared folder',
    'What "You don\'t currently have permission" means and how to fix it.',
    ['denied', 'permission', 'folder', 'access', 'error'],
    '02-16',
    `
    <ul>
      <li><strong>Just approved?</strong> Lock your laptop and sign in again, or restart. New access is picked up at sign-in.</li>
      <li><strong>At home?</strong> Connect the VPN first.</li>
      <li><strong>Worked yesterday?</strong> Access is sometimes removed after an access review or a team move. Ask the folder owner, or request access again.</li>
    </ul>
    <p>Right-click the folder and choose <strong>Properties &gt; Security</strong> to see which groups have access. Naming that group in your request speeds things up.</p>
    `,
  ),
  a(
    101,
    'Request local admin rights (privileged access)',
    'When you may get administrator rights on your laptop, and the safer alternatives.',
    ['admin', 'administrator', 'rights', 'install', 'privileged'],
    '03-05',
    `
    <p>Most people never need admin rights: almost all software can be installed from Company Portal without them.</p>
    <p>If your work truly needs them (for example to test device drivers), request <em>Local administrator rights</em> in the service catalog. Your manager and the security team approve it. Rights are granted through <strong>Admin on Demand</strong>: you switch them on for up to 60 minutes at a time, and every use is logged.</p>
    <p>Admin rights are reviewed every 90 days and removed when they are no longer used.</p>
    `,
  ),
  a(
    102,
    'Request access to an application (SAP, TMS, Power BI)',
    'Ask for a role in a business application such as SAP S/4HANA or the transport management system.',
    ['access', 'application', 'sap', 'tms', 'role'],
    '01-20',
    `
    <p>Use the catalog item <strong>Access to an application</strong>. Choose the application and the role, for example <em>SAP - Accounts payable clerk</em> or <em>TMS - Planner</em>.</p>
    <p>If you are not sure which role you need, ask a colleague who does the same work, or choose "Same as another person". The application owner approves, and access is usually ready within 2 working days.</p>
    `,
  ),
  a(
    103,
    'Request access to a SharePoint site or Teams team',
    'Join a team or site that belongs to another department.',
    ['sharepoint', 'teams', 'site', 'access', 'join'],
    '02-24',
    `
    <p>Open the site or team link. If you lack access, you see <strong>Request access</strong>: write a short reason and send it. The site owner gets an email and can accept in one click.</p>
    <p>For private Teams, ask an owner of the team directly: they can add you under <strong>Manage team &gt; Members</strong>.</p>
    `,
  ),
  a(
    104,
    'Who approves access requests?',
    'Understand who needs to say yes before you get access, and how long it takes.',
    ['approval', 'access', 'owner', 'manager'],
    '01-27',
    `
    <ul>
      <li><strong>Shared folders:</strong> the folder owner.</li>
      <li><strong>Applications:</strong> your manager, then the application owner.</li>
      <li><strong>Admin rights:</strong> your manager and the security team.</li>
      <li><strong>Shared mailboxes:</strong> the mailbox owner.</li>
    </ul>
    <p>You can see who a request is waiting for on the request page, under <em>Approvals</em>. If it waits for more than 3 days, send the approver a polite reminder.</p>
    `,
  ),
  a(
    105,
    'Quarterly access review (recertification)',
    'Every quarter, managers and owners confirm who still needs access.',
    ['review', 'access', 'recertification', 'audit', 'manager'],
    '04-03',
    `
    <p>To meet audit requirements, managers and system owners receive an email every quarter listing who has access to what. For each person, choose <strong>Keep</strong> or <strong>Remove</strong>.</p>
    <p>Reviews not completed within 14 days are escalated. Access marked <em>Remove</em> ends after 5 days, so the person can still raise an objection.</p>
    `,
  ),
  a(
    106,
    'Remove access you no longer need',
    'Hand back access to folders, apps and mailboxes after a project or role change.',
    ['remove', 'access', 'revoke', 'cleanup'],
    '04-10',
    `
    <p>Keeping only the access you need protects you and the company. Request <em>Remove access</em> in the service catalog and list what should go; no approval is needed.</p>
    <p>For Teams and SharePoint sites, you can simply choose <strong>Leave team</strong> or ask the owner to remove you.</p>
    `,
  ),
  a(
    107,
    'Access to the warehouse management system (WMS)',
    'Roles in the WMS for pickers, packers, shift leads and planners.',
    ['wms', 'warehouse', 'access', 'role', 'scanner'],
    '03-16',
    `
    <p>WMS access is given by role: <em>Picker</em>, <em>Packer</em>, <em>Loader</em>, <em>Shift lead</em> and <em>Inventory planner</em>. Shift leads can give the first three roles directly in the WMS. Planner access needs a request in the service catalog and approval from the site manager.</p>
    <p>If a scanner says "User has no role for this function", ask your shift lead to check your role. Roles follow you between the Rotterdam and Lyon warehouses.</p>
    `,
  ),
  a(
    108,
    'Shared accounts and service accounts',
    'Why personal accounts are preferred, and how to request a service account for a system.',
    ['shared', 'account', 'service', 'generic'],
    '05-05',
    `
    <p>Shared logins make it impossible to see who did what, so they are only allowed for warehouse kiosks and some supplier portals (stored in Bitwarden; see ${kbLink(17, 'Bitwarden')}).</p>
    <p>Systems that need an account to run unattended get a <strong>service account</strong>. Request one in the service catalog; it must have an owner, a purpose and a yearly review.</p>
    `,
  ),
  a(
    109,
    'Access for external partners (guest users)',
    'Invite customers, carriers and suppliers into a Teams team or SharePoint site.',
    ['guest', 'external', 'partner', 'teams', 'share'],
    '02-28',
    `
    <p>Team owners can add people from outside Larkspur as <em>guests</em>: <strong>Manage team &gt; Add member</strong> and type their email address. Guests see only that team.</p>
    <p>Guest access ends automatically after 180 days without use. Never add guests to teams that hold personal data about employees.</p>
    `,
  ),
  a(
    110,
    'Request access to Power BI reports',
    'Get access to dashboards such as on-time delivery or warehouse throughput.',
    ['powerbi', 'report', 'dashboard', 'access', 'data'],
    '03-25',
    `
    <p>Open the report link and select <strong>Request access</strong>. The report owner approves it. Viewing reports shared with you is free; creating and publishing your own needs a Power BI Pro licence, which your manager can request as software.</p>
    <p>Cannot find the report at all? Ask the Data &amp; Analytics team in the Power BI channel in Teams for the right link.</p>
    `,
  ),
  a(
    111,
    'Shared mailbox access request',
    'Ask for access to a team mailbox like customer-service@ or invoices@.',
    ['shared', 'mailbox', 'access', 'email', 'team'],
    '01-26',
    `
    <p>Request <em>Access to a shared mailbox</em> in the service catalog. Choose the mailbox and whether you need to <strong>read</strong> it, also <strong>send as</strong> the mailbox, or both. The mailbox owner approves.</p>
    <p>Once approved, it appears in Outlook automatically; see ${kbLink(37, 'Open a shared mailbox in Outlook')}.</p>
    `,
  ),
  a(
    112,
    'Check what access you have',
    'See your groups, applications and folders in one overview.',
    ['access', 'groups', 'overview', 'permissions'],
    '04-17',
    `
    <p>Go to <a href="https://help.larkspur.example/my-access">My access</a>. It lists your applications, groups and shared mailboxes, with the date each was granted and who approved it. From there you can also hand back access you no longer need.</p>
    <p>Something listed that you do not recognise? Select <strong>Remove</strong>, or contact Larkspur IT Help if you think it was given by mistake.</p>
    `,
  ),
  a(
    113,
    'Urgent access outside business hours',
    'What to do when you need access for a critical task in the evening or at the weekend.',
    ['urgent', 'access', 'weekend', 'emergency', 'afterhours'],
    '05-12',
    `
    <p>Larkspur IT Help's phone line is staffed 24/7 for the warehouses. Call <strong>+31 10 555 4357</strong> and explain the business impact, for example shipments that cannot leave.</p>
    <p>We can grant temporary access for 24 hours with approval from the on-call manager. Submit the normal request the next working day to keep it.</p>
    `,
  ),
];
