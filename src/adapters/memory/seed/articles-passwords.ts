import type { Article } from '../../../core/schemas.js';
import { articleMaker, kbLink } from './article-util.js';

const a = articleMaker('Passwords & MFA');

export const passwordArticles: Article[] = [
  a(
    2,
    'Reset your password with self-service password reset (SSPR)',
    'Forgot your password? Reset it yourself in a few minutes, any time of day, without calling Larkspur IT Help.',
    ['password', 'forgot', 'reset', 'sspr', 'locked', 'login'],
    '01-08',
    `
    <p>If you have forgotten your password, or it has expired, you can set a new one yourself. You need a phone or an email address you registered earlier (see ${kbLink(5, 'Self-service password reset (SSPR) enrolment')}).</p>
    <h3>Reset from any browser</h3>
    <ol>
      <li>Go to <a href="https://help.larkspur.example/reset">help.larkspur.example/reset</a> on any computer or phone.</li>
      <li>Type your work email address, for example <code>sam.rivera@larkspur.example</code>, and the characters shown in the picture.</li>
      <li>Choose how to prove it is you: a code in the Authenticator app, a text message or a call to your registered phone.</li>
      <li>Enter the code, then type your new password twice. It must be at least 14 characters long.</li>
      <li>Select <strong>Finish</strong>. Your new password works straight away for email, Teams and your laptop.</li>
    </ol>
    <h3>Reset from the Windows sign-in screen</h3>
    <p>On a Larkspur laptop, select <strong>Reset password</strong> under the password box and follow the same steps. The laptop must be connected to the internet, so plug in a network cable or connect to Wi-Fi first.</p>
    <p><em>Tip:</em> after a reset, your laptop may still remember the old password when you are away from the office. Connect to the VPN once and lock and unlock the screen to update it.</p>
    `,
  ),
  a(
    5,
    'Self-service password reset (SSPR) enrolment',
    'Register a phone number and backup email now, so you can reset your own password later when you are locked out.',
    ['password', 'register', 'sspr', 'phone', 'security', 'setup'],
    '01-09',
    `
    <p>You can only reset your own password if you registered your contact details beforehand. It takes two minutes and is best done on your first day.</p>
    <ol>
      <li>Open <a href="https://help.larkspur.example/security-info">My sign-ins &gt; Security info</a> and sign in.</li>
      <li>Select <strong>Add sign-in method</strong>.</li>
      <li>Add at least two methods: the Microsoft Authenticator app and your mobile number. A private email address is a good third method.</li>
      <li>Confirm each one with the code you receive.</li>
    </ol>
    <p>Check your details once a year, and always when you get a new phone number. Larkspur IT Help staff will never ask you to read a code out to them.</p>
    `,
  ),
  a(
    6,
    'Account lockout after failed sign-in attempts',
    'Your account is locked for 15 minutes after ten wrong passwords in a row; here is how to get back in and stop it happening again.',
    ['locked', 'lockout', 'password', 'login', 'blocked'],
    '02-03',
    `
    <p>To protect you from people guessing your password, your account is locked for <strong>15 minutes</strong> after ten failed sign-in attempts. You will see "Your account is locked" or "The referenced account is currently locked out".</p>
    <h3>Get back in</h3>
    <ul>
      <li>Wait 15 minutes and try again, typing carefully (check Caps Lock and the keyboard language).</li>
      <li>Or reset your password right away with ${kbLink(2, 'self-service password reset')}; this also unlocks the account.</li>
    </ul>
    <h3>Locked again and again?</h3>
    <p>Usually an old password is still saved somewhere and keeps trying in the background. Common culprits are the mail app on your phone, a mapped network drive, or Wi-Fi on a second device. Update or remove the saved password on each device (see ${kbLink(14, 'Update saved passwords after a password change')}).</p>
    <p>If you did not type a wrong password yourself, someone else may be trying. Tell Larkspur IT Help and select <strong>Report a security concern</strong>.</p>
    `,
  ),
  a(
    7,
    'Password rules at Larkspur: length, history and expiry',
    'What makes a valid Larkspur password and how long it lasts.',
    ['password', 'rules', 'policy', 'length', 'expiry'],
    '01-15',
    `
    <p>A long password is much harder to crack than a short, complicated one. Our rules are:</p>
    <ul>
      <li>At least <strong>14 characters</strong>. A short sentence works well, for example <em>Tulips bloom in Leeds every May</em>.</li>
      <li>It cannot contain your name, your username or the word "Larkspur".</li>
      <li>It cannot be one of your last 10 passwords or appear in lists of leaked passwords.</li>
      <li>It lasts <strong>365 days</strong>. You will get reminders 14 days before it expires.</li>
    </ul>
    <p>Never use your Larkspur password on another website. If you think someone knows it, change it at once.</p>
    `,
  ),
  a(
    8,
    'Change your password before it expires',
    'Change your password on your laptop or on the web before the yearly expiry date.',
    ['password', 'change', 'expire', 'expiring', 'reminder'],
    '01-15',
    `
    <p>When you get the reminder "Your password will expire in 14 days", change it at a moment that suits you.</p>
    <h3>On your Larkspur laptop</h3>
    <ol>
      <li>Make sure you are in the office or connected to the VPN.</li>
      <li>Press <code>Ctrl + Alt + Delete</code> and choose <strong>Change a password</strong>.</li>
      <li>Enter your old password, then the new one twice.</li>
    </ol>
    <h3>On the web</h3>
    <p>Go to <a href="https://help.larkspur.example/change-password">help.larkspur.example/change-password</a>. Afterwards, lock and unlock your laptop while connected to the VPN so it picks up the new password.</p>
    `,
  ),
  a(
    9,
    'Set up Microsoft Authenticator for multi-factor authentication (MFA)',
    'Install the Authenticator app on your phone so you can approve sign-ins with a tap.',
    ['mfa', 'authenticator', 'app', 'phone', '2fa', 'code'],
    '01-10',
    `
    <p>Multi-factor authentication (MFA) means that a password alone is not enough to sign in: you also approve the sign-in on your phone. At Larkspur we use the free <strong>Microsoft Authenticator</strong> app.</p>
    <ol>
      <li>Install Microsoft Authenticator from the App Store or Google Play.</li>
      <li>On your computer, open <a href="https://help.larkspur.example/security-info">Security info</a> and choose <strong>Add sign-in method &gt; Authenticator app</strong>.</li>
      <li>In the app, tap <strong>+</strong>, then <strong>Work or school account</strong>, then <strong>Scan a QR code</strong>, and scan the code on your screen.</li>
      <li>Approve the test notification and type the number shown on the computer.</li>
    </ol>
    <p>From now on, when you sign in on a new device you will be asked to type a two-digit number into the app. Allow notifications for the app, or you will not see the requests.</p>
    `,
  ),
  a(
    10,
    'Move Microsoft Authenticator to a new phone',
    'Getting a new phone? Move your MFA sign-in to it before you wipe or hand in the old one.',
    ['mfa', 'authenticator', 'new', 'phone', 'transfer'],
    '02-11',
    `
    <p>Do this <strong>while you still have the old phone</strong>. If it is already gone, see ${kbLink(13, 'Temporary Access Pass (TAP)')}.</p>
    <ol>
      <li>Install Microsoft Authenticator on the new phone.</li>
      <li>On a computer, open <a href="https://help.larkspur.example/security-info">Security info</a> and add a new <strong>Authenticator app</strong>, scanning the QR code with the new phone.</li>
      <li>Approve a test sign-in on the new phone.</li>
      <li>In Security info, delete the entry for the old phone. Then remove the account from the app on the old phone.</li>
    </ol>
    <p>If your phone number changed too, update it in the same screen.</p>
    `,
  ),
  a(
    11,
    'MFA prompts you did not start (MFA fatigue)',
    'If your phone asks you to approve a sign-in you did not start, deny it and change your password.',
    ['mfa', 'prompt', 'notification', 'hacked', 'suspicious'],
    '03-02',
    `
    <p>An approval request you did not expect means someone else probably knows your password and is trying to sign in as you. Attackers sometimes send many requests in the hope that you tap <em>Approve</em> to make them stop.</p>
    <ol>
      <li>Tap <strong>Deny</strong>, and if asked, choose <strong>Report</strong> or <strong>It's not me</strong>.</li>
      <li>Change your password straight away (${kbLink(2, 'reset it here')}).</li>
      <li>Tell Larkspur IT Help by phone on extension <strong>4357</strong> so the security team can check your account.</li>
    </ol>
    <p>Never approve a request because someone on the phone asks you to, even if they say they are from IT.</p>
    `,
  ),
  a(
    12,
    'Use a phone call or text message as a backup MFA method',
    'Add a phone number as a second way to sign in in case the Authenticator app is unavailable.',
    ['mfa', 'sms', 'text', 'call', 'backup'],
    '01-22',
    `
    <p>The Authenticator app is the main way to confirm a sign-in, but a backup method saves you when your phone battery is flat or the app is reinstalled.</p>
    <ol>
      <li>Open <a href="https://help.larkspur.example/security-info">Security info</a>.</li>
      <li>Choose <strong>Add sign-in method &gt; Phone</strong>.</li>
      <li>Enter your number with the country code (+31, +44 or +33) and choose <strong>Text me a code</strong> or <strong>Call me</strong>.</li>
    </ol>
    <p>When signing in, select <strong>Sign in another way</strong> to use the backup.</p>
    `,
  ),
  a(
    13,
    'Temporary Access Pass (TAP) when you have lost your phone',
    'Lost, broken or forgotten your phone? Larkspur IT Help can give you a one-time pass to sign in and set up MFA again.',
    ['mfa', 'lost', 'phone', 'tap', 'access', 'pass'],
    '02-18',
    `
    <p>A <strong>Temporary Access Pass</strong> (TAP) is a one-time code that replaces your password and MFA for a few hours.</p>
    <ol>
      <li>Call Larkspur IT Help on <strong>+31 10 555 4357</strong> or visit the IT Help Point. We will check who you are with a video call or your badge.</li>
      <li>You receive a TAP, valid for 8 hours.</li>
      <li>Sign in at <a href="https://help.larkspur.example/security-info">Security info</a> with the TAP and register the Authenticator app on your new phone.</li>
    </ol>
    <p>If the phone was a company phone, also report it lost: see ${kbLink(71, 'Lost or stolen laptop or phone')}.</p>
    `,
  ),
  a(
    14,
    'Update saved passwords after a password change',
    'Stop repeated lockouts by updating passwords saved on your phone, in Windows Credential Manager and in mapped drives.',
    ['password', 'saved', 'credential', 'lockout', 'phone'],
    '02-24',
    `
    <p>After you change your password, devices and apps that saved the old one keep trying it and can lock your account.</p>
    <ul>
      <li><strong>Phone:</strong> open Outlook or Teams; if asked, sign in again. Remove and add the Larkspur Wi-Fi if your phone uses it.</li>
      <li><strong>Windows:</strong> open <em>Credential Manager</em> from the Start menu, choose <strong>Windows Credentials</strong> and remove entries that mention <code>larkspur</code>.</li>
      <li><strong>Mapped drives:</strong> disconnect and reconnect them (see ${kbLink(99, 'Map a network drive')}).</li>
      <li><strong>Browsers:</strong> update any password saved for Larkspur sites, or better, stop saving it there.</li>
    </ul>
    `,
  ),
  a(
    15,
    'Sign in with Windows Hello for Business (PIN and fingerprint)',
    'Set up a PIN, fingerprint or face sign-in on your Larkspur laptop so you type your password less often.',
    ['windows', 'hello', 'pin', 'fingerprint', 'login'],
    '01-29',
    `
    <p>Windows Hello lets you unlock your laptop with a PIN, your fingerprint or your face. The PIN only works on that one laptop, so it is safer than a password.</p>
    <ol>
      <li>Open <strong>Settings &gt; Accounts &gt; Sign-in options</strong>.</li>
      <li>Choose <strong>PIN (Windows Hello)</strong> and set a PIN of at least 6 digits.</li>
      <li>If your laptop has a fingerprint reader or face camera, set up <strong>Fingerprint</strong> or <strong>Facial recognition</strong> too.</li>
    </ol>
    `,
  ),
  a(
    16,
    'Forgotten Windows Hello PIN',
    'Reset the PIN you use to unlock your laptop from the sign-in screen.',
    ['pin', 'forgot', 'windows', 'hello', 'laptop'],
    '03-05',
    `
    <p>On the sign-in screen, select <strong>I forgot my PIN</strong>. Sign in with your password and approve the MFA request on your phone, then choose a new PIN.</p>
    <p>The laptop needs internet access for this. If it is not connected, choose <strong>Sign-in options</strong> and use your password instead, then change the PIN under <em>Settings &gt; Accounts &gt; Sign-in options</em>.</p>
    `,
  ),
  a(
    17,
    'Get started with the Bitwarden password manager',
    'Use the company password manager to keep the passwords you need for work safe and in one place.',
    ['password', 'manager', 'bitwarden', 'vault', 'store'],
    '04-07',
    `
    <p>Larkspur provides <strong>Bitwarden</strong> to every employee. It remembers passwords for suppliers' websites and shared team logins so you never need a spreadsheet or sticky note.</p>
    <ol>
      <li>Install the Bitwarden browser extension for Edge or Chrome from Company Portal.</li>
      <li>Select <strong>Log in with SSO</strong> and type <code>larkspur</code> as the organisation identifier.</li>
      <li>Create a master password you do not use anywhere else. We <strong>cannot</strong> recover it for you, so write it down once and keep it at home.</li>
    </ol>
    <p>Team passwords live in <em>Collections</em>; ask your manager to add you. Do not store your Larkspur sign-in password in Bitwarden; you use it to open the vault.</p>
    `,
  ),
  a(
    18,
    'Shared kiosk accounts in the warehouse: sign-in and PIN reset',
    'How warehouse staff sign in to shared scanners and kiosk PCs, and who can reset a kiosk PIN.',
    ['warehouse', 'kiosk', 'scanner', 'pin', 'shared'],
    '02-06',
    `
    <p>Warehouse kiosk PCs and handheld scanners use your personal badge plus a 6-digit PIN instead of a password.</p>
    <ul>
      <li>Tap your badge on the reader and type your PIN.</li>
      <li>Forgot the PIN? Your shift lead can reset it in the <strong>Kiosk Admin</strong> page. You will choose a new one at the next sign-in.</li>
      <li>Badge not recognised? See ${kbLink(145, 'Lost or forgotten badge')}.</li>
    </ul>
    <p>Never share your badge or PIN: every scan is recorded against your name.</p>
    `,
  ),
  a(
    19,
    '"Your password has expired" when working remotely',
    'If your password expires while you are at home, reset it on the web and reconnect the VPN to sync your laptop.',
    ['password', 'expired', 'home', 'remote', 'vpn'],
    '03-12',
    `
    <p>When you are outside the office, your laptop cannot always tell that your password changed. Do this in order:</p>
    <ol>
      <li>Reset your password on your phone or another device at <a href="https://help.larkspur.example/reset">help.larkspur.example/reset</a>.</li>
      <li>On the laptop, sign in with the <strong>old</strong> password (it still works on that laptop while it is offline).</li>
      <li>Connect the GlobalProtect VPN with the <strong>new</strong> password.</li>
      <li>Press <code>Windows + L</code> to lock the laptop and unlock it with the new password.</li>
    </ol>
    <p>If the laptop refuses both passwords, call Larkspur IT Help; we can reset it remotely.</p>
    `,
  ),
];
