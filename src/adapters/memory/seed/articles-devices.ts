import type { Article } from '../../../core/schemas.js';
import { articleMaker, kbLink } from './article-util.js';

const a = articleMaker('Laptops & Phones');

export const deviceArticles: Article[] = [
  a(
    66,
    'Notebook battery not charging ("Plugged in, not charging")',
    'Check the charger, the dock and the battery settings when your laptop will not charge.',
    ['laptop', 'charge', 'battery', 'power', 'charger'],
    '01-17',
    `
    <p>First check the simple things:</p>
    <ol>
      <li>Make sure the charger is plugged into a working socket; the small light on the charger or laptop should be on.</li>
      <li>Plug the charger straight into the laptop instead of into the dock or a screen.</li>
      <li>Try a colleague's charger of the same type. Dell laptops need at least a 65 W USB-C charger; phone chargers are too weak.</li>
    </ol>
    <h3>"Plugged in, not charging"</h3>
    <p>This can be normal: to protect the battery, Larkspur laptops stop charging at 80% when they are mostly used on a dock. The setting is in <strong>Dell Power Manager &gt; Battery Settings</strong>; choose <em>Standard</em> if you travel a lot.</p>
    <p>If the battery does not charge at all, or the laptop only works while plugged in, request a repair: see ${kbLink(75, 'Repair a broken laptop')}. A swollen battery (the case bulges or the touchpad lifts) is a safety risk: shut the laptop down, unplug it and contact us straight away.</p>
    `,
  ),
  a(
    67,
    'Set up your docking station (Dell WD19) and external monitors',
    'Connect your laptop to the dock at your desk to use two screens, a keyboard and the wired network.',
    ['dock', 'docking', 'monitor', 'screen', 'desk', 'usb-c'],
    '01-11',
    `
    <ol>
      <li>Plug the dock's USB-C cable into the port on the laptop marked with a lightning or Thunderbolt symbol.</li>
      <li>Wait about 20 seconds. The screens, keyboard, mouse and network cable connected to the dock start working.</li>
      <li>To arrange the screens, open <strong>Settings &gt; System &gt; Display</strong>, choose <strong>Extend these displays</strong>, and drag the screen boxes to match your desk.</li>
    </ol>
    <p>Hot desks in Rotterdam and Leeds all have the same dock, so your layout is remembered when you sit at a different desk.</p>
    `,
  ),
  a(
    68,
    'External monitor not detected',
    'Get a second screen working when it stays black or says "No signal".',
    ['monitor', 'screen', 'display', 'black', 'signal', 'dock'],
    '02-08',
    `
    <ol>
      <li>Check that the monitor is switched on and its input (button under the screen) matches the cable, for example <em>DisplayPort</em> or <em>HDMI</em>.</li>
      <li>Unplug the dock from the laptop, wait 10 seconds and plug it in again.</li>
      <li>Press <code>Windows + P</code> and choose <strong>Extend</strong>.</li>
      <li>In <strong>Settings &gt; System &gt; Display</strong>, select <strong>Detect</strong> under <em>Multiple displays</em>.</li>
    </ol>
    <p>Still black? Try the monitor with another cable or at another desk, and report the desk number so Workplace Services can replace the part.</p>
    `,
  ),
  a(
    69,
    'Enrol your company phone with Intune Company Portal',
    'Set up a new Larkspur iPhone or Android phone so it gets email, Wi-Fi and work apps.',
    ['phone', 'enrol', 'intune', 'mobile', 'setup', 'mdm'],
    '01-25',
    `
    <p>Company phones are set up through <em>mobile device management</em> (MDM). This installs work apps and settings and lets us wipe the phone if it is lost.</p>
    <ol>
      <li>Switch on the phone and follow the welcome screens. Connect to Wi-Fi (LARK-GUEST in the office is fine).</li>
      <li>When the phone says "Remote Management" or "This device belongs to Larkspur Logistics", sign in with your work email and password.</li>
      <li>Install <strong>Company Portal</strong> when asked and sign in again.</li>
      <li>Wait up to 30 minutes: Outlook, Teams, Authenticator and the Wi-Fi settings install by themselves.</li>
    </ol>
    <p>Then move your MFA to the new phone: see ${kbLink(10, 'Move Microsoft Authenticator to a new phone')}.</p>
    `,
  ),
  a(
    70,
    'Bring your own device (BYOD): use work apps on your personal phone',
    'Use Outlook and Teams on your own phone while your personal data stays private.',
    ['byod', 'personal', 'phone', 'privacy', 'apps'],
    '02-19',
    `
    <p>You may use Outlook, Teams and OneDrive on your personal phone. We protect <em>only the work apps</em>; your phone is not enrolled.</p>
    <ul>
      <li><strong>What we can do:</strong> require a phone PIN, stop copying work data into personal apps, and remove work data from the apps if you leave or lose the phone.</li>
      <li><strong>What we cannot see:</strong> your photos, messages, calls, location, browsing or personal apps.</li>
    </ul>
    <p>Install Outlook or Teams, sign in, and accept the protection prompt. Company Portal must be installed on Android but you do not need to enrol.</p>
    `,
  ),
  a(
    71,
    'Lost or stolen laptop or phone',
    'Report a lost or stolen device immediately so we can protect company data.',
    ['lost', 'stolen', 'laptop', 'phone', 'theft'],
    '01-05',
    `
    <p><strong>Act quickly.</strong> Call Larkspur IT Help on <strong>+31 10 555 4357</strong>, day or night. We will:</p>
    <ol>
      <li>Lock the device and, if needed, wipe it remotely.</li>
      <li>Sign you out of Microsoft 365 on that device.</li>
      <li>Arrange a replacement. A laptop usually takes 2 working days, a phone 1 day.</li>
    </ol>
    <p>If it was stolen, report it to the police too and send us the report number. Change your password from another device to be safe.</p>
    `,
  ),
  a(
    72,
    'Laptop running slow',
    'Quick checks that make a slow laptop faster before you ask for help.',
    ['slow', 'laptop', 'performance', 'freezing', 'hang'],
    '02-23',
    `
    <ol>
      <li><strong>Restart.</strong> Many problems disappear after a full restart; shutting the lid is not the same. Restart at least once a week.</li>
      <li>Close browser tabs you do not need; each one uses memory.</li>
      <li>Open <strong>Task Manager</strong> (<code>Ctrl + Shift + Esc</code>) and check the <em>Memory</em> and <em>Disk</em> columns. Note which app uses the most when you report it.</li>
      <li>Check disk space: below 10 GB free, Windows slows down. Move files to OneDrive and set them to <em>Free up space</em>.</li>
    </ol>
    <p>Laptops older than four years are replaced through the refresh programme; see ${kbLink(76, 'Laptop refresh')}.</p>
    `,
  ),
  a(
    73,
    'Windows updates and restarts',
    'How monthly Windows updates work and how to avoid a restart at a bad moment.',
    ['updates', 'windows', 'restart', 'patch'],
    '03-13',
    `
    <p>Updates install in the background every second Tuesday of the month. You then have <strong>5 days</strong> to restart at a time that suits you, after which the laptop restarts by itself outside working hours.</p>
    <ul>
      <li>Choose <strong>Restart now</strong> before lunch or at the end of the day.</li>
      <li>Before a presentation, check <strong>Settings &gt; Windows Update</strong> so no restart is pending.</li>
    </ul>
    <p>Do not postpone for too long: updates fix security holes that attackers use.</p>
    `,
  ),
  a(
    74,
    'BitLocker recovery key prompt',
    'Your laptop asks for a 48-digit recovery key at start-up; here is how to get it.',
    ['bitlocker', 'recovery', 'key', 'encryption', 'startup'],
    '03-20',
    `
    <p>Your laptop's disk is encrypted with <strong>BitLocker</strong>. After a hardware change or firmware update it sometimes asks for the recovery key to check that nobody has tampered with it.</p>
    <ol>
      <li>Note the <em>Key ID</em> (the first 8 characters are enough) shown on the screen.</li>
      <li>On your phone, go to <a href="https://help.larkspur.example/my-devices">help.larkspur.example/my-devices</a>, sign in, and choose <strong>View BitLocker keys</strong>.</li>
      <li>Type the 48-digit key shown for the matching Key ID.</li>
    </ol>
    <p>If it keeps asking at every start, contact Larkspur IT Help.</p>
    `,
  ),
  a(
    75,
    'Repair a broken laptop (screen, keyboard, hinge)',
    'How to get a damaged laptop repaired and what to use in the meantime.',
    ['broken', 'repair', 'screen', 'keyboard', 'damage'],
    '02-14',
    `
    <p>Report the damage with a photo through the portal. Laptops are under warranty with on-site repair, so a technician usually fixes it at your desk within 2-3 working days.</p>
    <p>If you cannot work in the meantime, ask for a loan laptop at the IT Help Point in Rotterdam or Leeds. Your files are in OneDrive, so you can continue on any Larkspur laptop.</p>
    <p>Accidents happen; just tell us what happened. Spilled drinks: switch the laptop off immediately and do not try to dry it with a hair dryer.</p>
    `,
  ),
  a(
    76,
    'Laptop refresh: when you get a new notebook',
    'Larkspur replaces laptops every four years; here is what to expect.',
    ['new', 'laptop', 'refresh', 'replacement', 'upgrade'],
    '04-06',
    `
    <p>Every laptop is replaced after about four years. You will receive an email six weeks ahead with a link to book a pick-up slot. Your new laptop is prepared before you arrive; it only needs you to sign in.</p>
    <p>If your laptop is younger but no longer fits your job (for example you now do heavy data work), your manager can request a <em>performance</em> model in the service catalog.</p>
    `,
  ),
  a(
    77,
    'Move your files to a new laptop',
    'Your OneDrive files follow you; check a few local things before you hand in the old laptop.',
    ['files', 'move', 'new', 'laptop', 'onedrive', 'backup'],
    '04-06',
    `
    <p>Your Desktop, Documents and Pictures folders are backed up to OneDrive automatically. Before you hand in your old laptop, check:</p>
    <ul>
      <li>The OneDrive cloud icon shows no errors (a red cross means something did not sync).</li>
      <li>Files saved directly in <code>C:\\</code> or <code>Downloads</code> are not backed up; move what you need into Documents.</li>
      <li>Browser favourites sync when you are signed in to Edge with your work account.</li>
    </ul>
    <p>On the new laptop, sign in and wait until OneDrive says <em>Up to date</em>.</p>
    `,
  ),
  a(
    78,
    'Bluetooth headset not working with Teams',
    'Pair a wireless headset and choose it as the audio device in Teams.',
    ['headset', 'bluetooth', 'audio', 'teams', 'headphones'],
    '03-17',
    `
    <ol>
      <li>Put the headset in pairing mode (usually hold the power button until the light flashes blue).</li>
      <li>On the laptop, open <strong>Settings &gt; Bluetooth &amp; devices &gt; Add device</strong> and choose the headset.</li>
      <li>In Teams, select <strong>Settings &gt; Devices</strong> and choose the headset for both <em>Speaker</em> and <em>Microphone</em>.</li>
    </ol>
    <p>Headsets from Larkspur (Jabra) come with a small USB dongle: plug it in instead of using Bluetooth for better sound.</p>
    `,
  ),
  a(
    79,
    'Travel abroad with your laptop and phone',
    'What to arrange before a business trip outside the Netherlands, UK and France.',
    ['travel', 'abroad', 'roaming', 'laptop', 'phone'],
    '05-11',
    `
    <ul>
      <li><strong>Roaming:</strong> data in the EU and UK is included. For other countries, request a travel data bundle at least three working days before you leave.</li>
      <li><strong>Sign-in:</strong> sign-ins from some countries are blocked by default. Tell Larkspur IT Help your destination and dates so we can allow them.</li>
      <li><strong>High-risk destinations:</strong> the security team may give you a clean loan laptop; ask at least two weeks ahead.</li>
    </ul>
    `,
  ),
  a(
    80,
    'Return equipment you no longer use',
    'Hand in old laptops, phones, screens and headsets so they can be reused or recycled safely.',
    ['return', 'equipment', 'recycle', 'old', 'laptop'],
    '04-28',
    `
    <p>Bring unused equipment to the IT Help Point, or in Lyon to reception. We wipe the data and reuse or recycle the device.</p>
    <p>Do not throw devices away or give them to colleagues directly: each device is registered to a person, and you remain responsible for it until it is returned.</p>
    `,
  ),
  a(
    81,
    'Laptop battery drains quickly',
    'Make your battery last a full working day.',
    ['battery', 'drain', 'power', 'laptop'],
    '03-24',
    `
    <ul>
      <li>Lower screen brightness; it is the biggest power user.</li>
      <li>Choose <strong>Best power efficiency</strong> under <em>Settings &gt; System &gt; Power &amp; battery</em> when away from a socket.</li>
      <li>Close apps you are not using, especially video calls you have already left.</li>
    </ul>
    <p>Open <em>Power &amp; battery</em> and check <strong>Battery usage</strong> to see which app uses most. If a full charge lasts less than 2 hours, the battery may need replacing; report it.</p>
    `,
  ),
];
