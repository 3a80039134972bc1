import type { Article } from '../../../core/schemas.js';
import { articleMaker, kbLink } from './article-util.js';

const a = articleMaker('Security & Phishing');

export const securityArticles: Article[] = [
  a(
    4,
    'Report a phishing email',
    'Got a suspicious email? Report it with one click so the security team can protect everyone.',
    ['phishing', 'spam', 'scam', 'suspicious', 'email', 'report'],
    '01-06',
    `
    <p>Phishing emails try to trick you into clicking a link, opening an attachment or sharing your password. Reporting them helps us block the same email for all 2,000 colleagues.</p>
    <h3>Report it</h3>
    <ol>
      <li>Select the email, but do not open links or attachments.</li>
      <li>In Outlook, select <strong>Report</strong> on the toolbar (in Outlook mobile: the three dots, then <strong>Report phishing</strong>).</li>
      <li>Choose <strong>Report phishing</strong>. The email moves out of your inbox.</li>
    </ol>
    <p>You will receive a short reply when the security team has looked at it. Do not forward suspicious emails to colleagues to ask what they think.</p>
    <h3>Already clicked?</h3>
    <p>That can happen to anyone. Follow ${kbLink(131, 'I clicked a link in a suspicious email')} straight away; speed matters more than anything else.</p>
    `,
  ),
  a(
    130,
    'How to recognise a phishing email',
    'Five warning signs that an email is not what it seems.',
    ['phishing', 'scam', 'fake', 'spot', 'email'],
    '01-16',
    `
    <ul>
      <li><strong>Urgency or threats:</strong> "Your mailbox will be deleted today", "Pay this invoice within 2 hours".</li>
      <li><strong>Sender looks almost right:</strong> <code>larkspur-logistics.co</code> or <code>larksprur.example</code>. Check the address, not just the name.</li>
      <li><strong>"External" banner:</strong> Outlook marks email from outside Larkspur. Be careful if an "internal" request carries this banner.</li>
      <li><strong>Links that go elsewhere:</strong> hover over a link (do not click) and read the address that appears.</li>
      <li><strong>Unexpected attachments:</strong> especially ZIP files, or Office files that ask you to "enable content".</li>
    </ul>
    <p>When in doubt, report it (${kbLink(4, 'Report a phishing email')}). There is no penalty for a false alarm.</p>
    `,
  ),
  a(
    131,
    'I clicked a link in a suspicious email',
    'What to do right now if you clicked a link, opened an attachment or entered your password.',
    ['clicked', 'phishing', 'hacked', 'virus', 'compromised'],
    '01-16',
    `
    <ol>
      <li><strong>Entered your password?</strong> Change it immediately (${kbLink(2, 'self-service reset')}).</li>
      <li><strong>Opened an attachment?</strong> Disconnect from the network: switch off Wi-Fi and unplug the network cable. Leave the laptop switched on.</li>
      <li>Call Larkspur IT Help on <strong>+31 10 555 4357</strong> and say "security incident".</li>
      <li>Report the email with the <strong>Report</strong> button if you still can.</li>
    </ol>
    <p>You will not be blamed. The sooner we know, the less damage is done.</p>
    `,
  ),
  a(
    132,
    'Suspicious text messages and phone calls',
    'Scammers also use SMS, WhatsApp and phone calls, sometimes pretending to be IT.',
    ['sms', 'call', 'scam', 'smishing', 'vishing'],
    '02-09',
    `
    <p>Larkspur IT Help will <strong>never</strong> ask for your password or an MFA code, and will never ask you to install remote-control software unless you called us first.</p>
    <p>If someone calls claiming to be from IT, a bank or a carrier and asks for codes, payments or access, hang up and call back on a number you know. Report the call or message by forwarding a screenshot to <code>security@larkspur.example</code>.</p>
    `,
  ),
  a(
    133,
    'Report a security incident',
    'Lost data, a virus warning, a stranger in the office: report anything that might harm Larkspur\'s security.',
    ['incident', 'security', 'report', 'breach', 'virus'],
    '01-23',
    `
    <p>Examples of security incidents: a lost laptop or badge, an email sent to the wrong person, a virus warning, a password you shared, or someone without a badge following you through a door.</p>
    <ul>
      <li><strong>Urgent</strong> (happening now, or personal data involved): call <strong>+31 10 555 4357</strong>, 24/7.</li>
      <li><strong>Not urgent:</strong> use <em>Report a security concern</em> on the portal.</li>
    </ul>
    `,
  ),
  a(
    134,
    'USB sticks and removable media',
    'USB drives are blocked by default; here is how to exchange files safely.',
    ['usb', 'stick', 'drive', 'removable', 'blocked'],
    '02-20',
    `
    <p>To protect against viruses and data loss, Larkspur laptops can read from USB sticks but not write to them. Unknown USB sticks found in the office or car park must never be plugged in; hand them to reception.</p>
    <p>Share files with OneDrive links instead. If your job needs encrypted USB drives (for example for customs audits), request one in the service catalog.</p>
    `,
  ),
  a(
    135,
    'Classify documents with sensitivity labels',
    'Label documents as Public, Internal, Confidential or Strictly Confidential.',
    ['classification', 'label', 'confidential', 'documents', 'sensitivity'],
    '03-06',
    `
    <p>Every Office document and email has a <strong>Sensitivity</strong> button. Choose the label that fits:</p>
    <ul>
      <li><strong>Public:</strong> may be shared with anyone, for example published rates.</li>
      <li><strong>Internal:</strong> the default; fine for colleagues.</li>
      <li><strong>Confidential:</strong> contracts, customer data; encrypted, only Larkspur and named partners can open.</li>
      <li><strong>Strictly Confidential:</strong> salaries, mergers; only named people can open.</li>
    </ul>
    `,
  ),
  a(
    136,
    'Lock your screen when you leave your desk',
    'Press Windows + L every time you step away.',
    ['lock', 'screen', 'desk', 'privacy'],
    '01-30',
    `
    <p>Press <code>Windows + L</code> whenever you leave your laptop, even for a minute. Your screen also locks automatically after 10 minutes of inactivity.</p>
    <p>Enable <strong>Dynamic lock</strong> under <em>Settings &gt; Accounts &gt; Sign-in options</em> to lock automatically when your paired phone moves away.</p>
    `,
  ),
  a(
    137,
    'Microsoft Defender antivirus warnings',
    'What a "Threats found" message means and what you should do.',
    ['antivirus', 'virus', 'defender', 'malware', 'warning'],
    '02-26',
    `
    <p>Microsoft Defender protects every Larkspur laptop. When it shows "Threats found", it has usually already blocked or removed the file.</p>
    <ol>
      <li>Do not try to restore or open the file.</li>
      <li>Note the file name and where it came from (an email, a website, a USB stick).</li>
      <li>Report it with <em>Report a security concern</em>; the security team receives the alert too.</li>
    </ol>
    <p>Never switch off Defender. Pop-ups in your browser saying your computer is infected are fake: close the browser tab.</p>
    `,
  ),
  a(
    138,
    'Working securely in public places',
    'Keep company information private on trains, in cafés and at customer sites.',
    ['public', 'travel', 'privacy', 'screen', 'cafe'],
    '04-02',
    `
    <ul>
      <li>Use a privacy filter on your screen; request one in the catalog.</li>
      <li>Avoid confidential phone calls where others can listen.</li>
      <li>Always use the VPN on public Wi-Fi.</li>
      <li>Never leave your laptop in a car; if you must, lock it out of sight in the boot before you arrive.</li>
    </ul>
    `,
  ),
  a(
    139,
    'CEO fraud and gift card scams',
    'Criminals impersonate managers to ask for urgent payments or gift cards.',
    ['fraud', 'ceo', 'scam', 'giftcard', 'payment'],
    '03-10',
    `
    <p>A typical message: "Are you at your desk? I need you to buy gift cards for a client, keep this confidential." The sender's name is that of a director, but the address is a private email.</p>
    <p>No manager at Larkspur will ever ask you to buy gift cards or make an urgent payment by email or chat. Verify by calling the person on a number from the company directory, and report the message.</p>
    `,
  ),
  a(
    140,
    'Fake invoices and bank detail change requests',
    'Always verify when a supplier or carrier asks to change their bank account.',
    ['invoice', 'bank', 'fraud', 'supplier', 'payment'],
    '03-30',
    `
    <p>Carriers and suppliers are a favourite target: criminals take over their email and send "updated bank details" just before a large invoice is due.</p>
    <ol>
      <li>Never change bank details based on an email or PDF alone.</li>
      <li>Call the supplier on the number already stored in SAP, not the one in the email.</li>
      <li>Have a second colleague in Accounts Payable approve the change.</li>
    </ol>
    <p>If you have already paid, contact Treasury and Larkspur IT Help immediately: banks can sometimes stop a transfer within hours.</p>
    `,
  ),
  a(
    141,
    'Security awareness training',
    'The yearly online course every employee completes, and short monthly refreshers.',
    ['training', 'awareness', 'course', 'security', 'learning'],
    '01-19',
    `
    <p>Everyone completes a 20-minute course in the Learning portal when they join and every January. Each month a 3-minute video covers a current threat.</p>
    <p>We also send realistic <em>test</em> phishing emails. If you report one, you will see a thank-you page; if you click, you will see a short tip. Results are never shared with your manager by name.</p>
    `,
  ),
  a(
    142,
    'Personal data breach: what to do (GDPR)',
    'Sent personal data to the wrong person, or lost a list of customer names? Report it within hours.',
    ['gdpr', 'privacy', 'breach', 'personal', 'data'],
    '04-22',
    `
    <p>Under the GDPR, Larkspur must report some data breaches to the regulator within 72 hours. That clock starts when <em>you</em> notice.</p>
    <ol>
      <li>Report it at once with <em>Report a security concern</em>, or by phone if it is large.</li>
      <li>If you sent an email to the wrong person, ask them to delete it and confirm by reply.</li>
      <li>Do not try to investigate further yourself; the privacy officer will contact you.</li>
    </ol>
    `,
  ),
  a(
    143,
    'Safe use of AI assistants and chatbots',
    'Use Microsoft Copilot for work; do not paste company data into public AI tools.',
    ['ai', 'chatgpt', 'copilot', 'chatbot', 'data'],
    '05-13',
    `
    <p>Microsoft 365 Copilot Chat is approved for work: data you enter stays within Larkspur's Microsoft 365 environment. Sign in with your work account; you will see a green shield.</p>
    <p>Do not paste customer data, personal data, contracts or code into public AI tools or browser extensions. Always check AI answers before you use them.</p>
    `,
  ),
  a(
    144,
    'Check that a website is real before entering your password',
    'Fake sign-in pages look exactly like Microsoft\'s; check the address first.',
    ['website', 'fake', 'login', 'password', 'phishing'],
    '04-29',
    `
    <p>The real Larkspur sign-in page always starts with <code>https://login.microsoftonline.com</code> and shows the Larkspur logo and a purple background. If you reached a sign-in page from an email link, close it and go to the site directly instead.</p>
    <p>Bitwarden and Edge only offer to fill your password on the real site, which is a useful warning sign.</p>
    `,
  ),
];
