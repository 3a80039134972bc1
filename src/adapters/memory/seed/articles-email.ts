import type { Article } from '../../../core/schemas.js';
import { articleMaker, kbLink } from './article-util.js';

const a = articleMaker('Email & Calendar');

export const emailArticles: Article[] = [
  a(
    34,
    'Outlook OST file too large',
    'When Outlook is slow or says the data file has reached its maximum size, shrink what Outlook keeps offline.',
    ['outlook', 'slow', 'email', 'full', 'storage'],
    '01-19',
    `
    <p>Outlook keeps a copy of your mailbox on your laptop in an <em>OST file</em>. When it grows past about 50 GB, Outlook becomes slow or shows "The Outlook data file has reached its maximum size".</p>
    <h3>Keep less email offline</h3>
    <ol>
      <li>In Outlook, select <strong>File &gt; Account Settings &gt; Account Settings</strong>.</li>
      <li>Double-click your account and move the <strong>Download email for the past</strong> slider to <strong>1 year</strong>.</li>
      <li>Select <strong>Next</strong>, then <strong>Done</strong>, and restart Outlook.</li>
    </ol>
    <p>Older email stays in your mailbox and you can still find it with search; it is just read from the server when you need it.</p>
    <h3>Start with a fresh file</h3>
    <p>If Outlook still will not start, close it, rename <code>%LOCALAPPDATA%\\Microsoft\\Outlook\\your.name@larkspur.example.ost</code> to end in <code>.old</code>, and open Outlook again. It downloads a new copy, which can take an hour on a slow connection.</p>
    `,
  ),
  a(
    35,
    'Set up an out-of-office reply (automatic replies)',
    'Let people know you are away and who to contact instead.',
    ['outofoffice', 'holiday', 'away', 'vacation', 'autoreply'],
    '01-12',
    `
    <ol>
      <li>In Outlook, select <strong>File &gt; Automatic Replies</strong> (in the new Outlook: <strong>Settings &gt; Account &gt; Automatic replies</strong>).</li>
      <li>Choose <strong>Send automatic replies</strong> and tick <em>Only send during this time range</em>.</li>
      <li>Write a short message for colleagues, and a second one under <strong>Outside My Organisation</strong> for customers and carriers.</li>
    </ol>
    <p>Say when you are back and who to contact instead; do not mention where you are going. On your phone: in Outlook mobile, tap your picture, the gear icon, your account, then <strong>Automatic replies</strong>.</p>
    `,
  ),
  a(
    36,
    'Share your calendar or give a delegate access',
    'Let a colleague see your calendar or manage your meetings for you.',
    ['calendar', 'share', 'delegate', 'assistant', 'permissions'],
    '02-05',
    `
    <p>Everyone at Larkspur can see when you are free or busy. To share more:</p>
    <ol>
      <li>In Outlook, open your calendar and select <strong>Share Calendar</strong>.</li>
      <li>Add the colleague and choose what they may do: <em>Can view titles and locations</em>, <em>Can view all details</em>, <em>Can edit</em>, or <em>Delegate</em>.</li>
      <li>A <strong>Delegate</strong> receives your meeting invitations and can accept them for you. Use this for an assistant.</li>
    </ol>
    <p>Private appointments stay hidden unless you allow delegates to see them.</p>
    `,
  ),
  a(
    37,
    'Open a shared mailbox in Outlook',
    'Shared mailboxes like planning@ or invoices@ appear in Outlook once you have access.',
    ['shared', 'mailbox', 'outlook', 'team', 'inbox'],
    '01-26',
    `
    <p>After your access is approved (request it as described in ${kbLink(111, 'Shared mailbox access request')}), the shared mailbox appears in Outlook's folder list by itself within an hour. Restart Outlook if it does not.</p>
    <p>To send <em>from</em> the shared mailbox, select <strong>From</strong> in a new message and choose its address. If <strong>From</strong> is hidden, enable it under <strong>Options &gt; Show fields</strong>.</p>
    <p>In Outlook mobile, tap your picture, then <strong>Add shared mailbox</strong>.</p>
    `,
  ),
  a(
    38,
    'Mailbox almost full: archive and clean up',
    'Free up space when Outlook warns that your mailbox is nearly full.',
    ['mailbox', 'full', 'quota', 'archive', 'storage', 'email'],
    '02-12',
    `
    <p>Your mailbox holds 50 GB and your online archive another 100 GB. When you reach 49 GB, you can no longer send email.</p>
    <ol>
      <li>Empty <strong>Deleted Items</strong> and <strong>Junk Email</strong>.</li>
      <li>Search for large items: in the search bar type <code>size:&gt;10MB</code> and delete or save the attachments to OneDrive.</li>
      <li>Move older email to <strong>Online Archive</strong>. Email older than two years moves there automatically every week.</li>
    </ol>
    <p>If you truly need more space, request a <em>Mailbox size increase</em> in the service catalog.</p>
    `,
  ),
  a(
    39,
    'Outlook stuck on "Working offline" or "Disconnected"',
    'Get Outlook back online when new email stops arriving.',
    ['outlook', 'offline', 'disconnected', 'email', 'sync'],
    '03-06',
    `
    <ol>
      <li>On the <strong>Send / Receive</strong> tab, make sure <em>Work Offline</em> is not highlighted; click it to switch it off.</li>
      <li>Check you are connected to the internet.</li>
      <li>Close Outlook completely (also from the notification area) and open it again.</li>
      <li>Check <a href="https://help.larkspur.example/status">the service status page</a> for known problems with Microsoft 365.</li>
    </ol>
    <p>You can always read and send email in a browser at <code>outlook.office.com</code> while we look into it.</p>
    `,
  ),
  a(
    40,
    'Recover a deleted email',
    'Deleted something by mistake? You can usually get it back for up to 30 days.',
    ['deleted', 'recover', 'email', 'restore', 'undo'],
    '02-20',
    `
    <ol>
      <li>Look in the <strong>Deleted Items</strong> folder first. Right-click the email and choose <strong>Move &gt; Inbox</strong>.</li>
      <li>Emptied Deleted Items? Select the folder, then <strong>Recover items recently removed from this folder</strong> at the top.</li>
      <li>Choose the messages and select <strong>Restore</strong>.</li>
    </ol>
    <p>Items deleted more than 30 days ago can only be recovered by Larkspur IT Help in exceptional cases, for example for legal reasons.</p>
    `,
  ),
  a(
    41,
    'Set up work email on your phone (Outlook mobile)',
    'Read your Larkspur email and calendar on your phone with the Outlook app.',
    ['phone', 'email', 'mobile', 'outlook', 'iphone', 'android'],
    '01-21',
    `
    <p>Larkspur email works only in the <strong>Outlook</strong> app, not in the phone's built-in Mail app.</p>
    <ol>
      <li>Install <strong>Microsoft Outlook</strong> and <strong>Intune Company Portal</strong> from your app store.</li>
      <li>Open Outlook, enter your work email address and sign in.</li>
      <li>When asked, allow Company Portal to protect work data. On personal phones this only controls work apps, not your photos or messages.</li>
    </ol>
    <p>See ${kbLink(70, 'Bring your own device (BYOD)')} for what we can and cannot see on a personal phone.</p>
    `,
  ),
  a(
    42,
    'Schedule a meeting across time zones',
    'Plan meetings between Rotterdam, Lyon (CET) and Leeds (UK time) without confusion.',
    ['meeting', 'timezone', 'calendar', 'schedule', 'leeds'],
    '03-16',
    `
    <p>Leeds is one hour behind Rotterdam and Lyon all year round. Outlook shows every meeting in your own time zone, so the invitation is always right for each person.</p>
    <ul>
      <li>Use <strong>Scheduling Assistant</strong> in a new meeting to see everyone's free time.</li>
      <li>Add a second time zone to your calendar: <strong>File &gt; Options &gt; Calendar &gt; Time zones</strong>.</li>
      <li>Write times in the text of the invitation as "10:00 CET / 09:00 UK" to avoid doubt.</li>
    </ul>
    `,
  ),
  a(
    43,
    'Set up the standard Larkspur email signature',
    'Use the company signature so customers always see the right contact details.',
    ['signature', 'email', 'outlook', 'footer'],
    '01-30',
    `
    <p>Your signature is added automatically from your details in the staff directory when you send from Outlook on a laptop. You do not need to create one yourself.</p>
    <p>If your job title, phone number or office is wrong, ask your manager or HR to update the directory; the signature follows within a day. On your phone, Outlook mobile adds a short signature; you can change it under <strong>Settings &gt; Signature</strong>.</p>
    `,
  ),
  a(
    44,
    'Emails going to Junk or quarantine',
    'Find email that was filtered as spam and tell us about senders that are wrongly blocked.',
    ['junk', 'spam', 'quarantine', 'missing', 'email'],
    '02-25',
    `
    <p>If an expected email does not arrive:</p>
    <ol>
      <li>Check your <strong>Junk Email</strong> folder. If it is there, right-click it and choose <strong>Mark as not junk</strong>.</li>
      <li>Check the <strong>quarantine</strong>: you receive a daily "Quarantine notification" email with a <em>Review</em> button, or go to <code>security.microsoft.com/quarantine</code>.</li>
      <li>Release the message only if you know and trust the sender.</li>
    </ol>
    <p>Messages with dangerous attachments are never released to you; Larkspur IT Help can check them for you.</p>
    `,
  ),
  a(
    45,
    'Distribution lists: join, leave or request a new one',
    'Manage mailing lists such as all-leeds@ or planning-team@.',
    ['distribution', 'list', 'group', 'mailing', 'email'],
    '03-11',
    `
    <p>Many lists are open: in Outlook, open the address book, find the list, and choose <strong>Join</strong> or <strong>Leave</strong>. Closed lists have an owner who approves members.</p>
    <p>To create a new list, request a <em>Distribution list</em> in the service catalog with the name, owner and first members. Lists that send to all staff are managed by Internal Communications.</p>
    `,
  ),
  a(
    46,
    'Send large files instead of attachments',
    'Emails over 25 MB are blocked; share a OneDrive link instead.',
    ['attachment', 'large', 'files', 'share', 'onedrive'],
    '02-13',
    `
    <ol>
      <li>Save the file in OneDrive or a Teams channel.</li>
      <li>In Outlook, select <strong>Attach file</strong>, choose the file from OneDrive, and pick <strong>Share link</strong>.</li>
      <li>For people outside Larkspur, set the link to <em>Specific people</em> and enter their email address.</li>
    </ol>
    <p>Never use private file-sharing websites for company documents.</p>
    `,
  ),
  a(
    47,
    'Outlook search not finding emails',
    'Rebuild the search index when Outlook search returns nothing or misses recent mail.',
    ['search', 'outlook', 'index', 'find', 'email'],
    '04-09',
    `
    <ol>
      <li>Wait a few minutes after starting Outlook: indexing new mail can take time.</li>
      <li>In Outlook, select <strong>File &gt; Options &gt; Search &gt; Indexing Options</strong>.</li>
      <li>Choose <strong>Advanced</strong>, then <strong>Rebuild</strong>. This can take several hours; you can keep working.</li>
    </ol>
    <p>Meanwhile, searching at <code>outlook.office.com</code> searches the whole mailbox on the server.</p>
    `,
  ),
  a(
    48,
    'Encrypt an email with sensitive information',
    'Protect emails containing personal or financial data so only the recipient can read them.',
    ['encrypt', 'secure', 'email', 'confidential', 'privacy'],
    '03-23',
    `
    <p>Use encryption for salary details, passport copies, bank details and other personal or confidential data.</p>
    <ol>
      <li>In a new message, select <strong>Options &gt; Encrypt</strong> (or the <em>Sensitivity</em> button).</li>
      <li>Choose <strong>Encrypt-Only</strong>, or <strong>Do Not Forward</strong> to also stop forwarding and printing.</li>
    </ol>
    <p>Recipients outside Larkspur receive a link and a one-time code to read the message.</p>
    `,
  ),
  a(
    49,
    'Calendar invitations show the wrong time',
    'Fix meetings that appear an hour early or late after travelling or a clock change.',
    ['calendar', 'time', 'wrong', 'timezone', 'meeting'],
    '04-01',
    `
    <p>Outlook uses your laptop's time zone. After a trip, check it:</p>
    <ol>
      <li>Open <strong>Settings &gt; Time &amp; language &gt; Date &amp; time</strong>.</li>
      <li>Switch on <strong>Set time zone automatically</strong>, or choose the right zone (Amsterdam, Paris or London).</li>
      <li>In Outlook, check <strong>File &gt; Options &gt; Calendar &gt; Time zones</strong> shows the same zone.</li>
    </ol>
    `,
  ),
];
