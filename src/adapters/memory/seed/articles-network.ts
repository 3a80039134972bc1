import type { Article } from '../../../core/schemas.js';
import { articleMaker, kbLink } from './article-util.js';

const a = articleMaker('VPN & Wi-Fi');

export const networkArticles: Article[] = [
  a(
    1,
    'Connect a notebook to the corporate WLAN (LARK-SECURE)',
    'Join the LARK-SECURE wireless network with your Larkspur laptop in any of our offices.',
    ['wifi', 'wireless', 'internet', 'network', 'laptop', 'connect'],
    '01-06',
    `
    <p><strong>LARK-SECURE</strong> is the Wi-Fi network for Larkspur laptops in Rotterdam, Leeds and Lyon. Your laptop proves who it is with a certificate, so you never have to type a Wi-Fi password.</p>
    <h3>Connect</h3>
    <ol>
      <li>Select the network icon at the bottom right of the screen (next to the clock).</li>
      <li>Choose <strong>LARK-SECURE</strong> and select <strong>Connect</strong>. Tick <em>Connect automatically</em>.</li>
      <li>If Windows asks "Continue connecting?", select <strong>Connect</strong>. You are online when the icon shows full bars.</li>
    </ol>
    <h3>It does not connect</h3>
    <ul>
      <li>Check that Wi-Fi is switched on: look for a key with an aeroplane or antenna symbol, or use the Wi-Fi button in the network panel.</li>
      <li>Restart the laptop while in the office. This renews the certificate if it has expired.</li>
      <li>Laptops that have not been in the office or on the VPN for 90 days lose their certificate. Plug in a network cable at a desk, wait 10 minutes and try again.</li>
    </ul>
    <p>Personal phones and visitors' laptops cannot join LARK-SECURE; use <code>LARK-GUEST</code> instead (see ${kbLink(21, 'Wi-Fi for visitors')}).</p>
    `,
  ),
  a(
    3,
    'Set up the GlobalProtect VPN client',
    'Install and connect the GlobalProtect VPN so you can reach Larkspur systems from home or on the road.',
    ['vpn', 'remote', 'home', 'globalprotect', 'connect'],
    '01-07',
    `
    <p>The VPN (virtual private network) creates a secure tunnel from your laptop to the Larkspur network. You need it to open shared drives, SAP and other internal systems when you are not in the office.</p>
    <h3>Install</h3>
    <p>GlobalProtect is already on every Larkspur laptop. If you cannot find it in the Start menu, install it from <strong>Company Portal</strong> (see ${kbLink(114, 'Install software from Company Portal')}).</p>
    <h3>Connect the first time</h3>
    <ol>
      <li>Select the GlobalProtect globe icon near the clock.</li>
      <li>Enter the portal address <code>vpn.larkspur.example</code> and select <strong>Connect</strong>.</li>
      <li>Sign in with your work email and password and approve the request in the Authenticator app.</li>
      <li>The globe shows a shield when you are connected.</li>
    </ol>
    <p>After the first time, the VPN connects by itself whenever you are outside the office. See ${kbLink(20, 'GlobalProtect VPN: "Gateway not responding"')} if it does not.</p>
    `,
  ),
  a(
    20,
    'GlobalProtect VPN: "Gateway not responding" or stuck on "Connecting"',
    'Fix the most common VPN connection problems yourself before contacting Larkspur IT Help.',
    ['vpn', 'connecting', 'error', 'remote', 'home', 'broken'],
    '02-02',
    `
    <p>Try these steps in order and test the VPN after each one.</p>
    <ol>
      <li>Check your internet: can you open <a href="https://help.larkspur.example/">help.larkspur.example</a> in a browser? If not, fix your home Wi-Fi first.</li>
      <li>If you are at a hotel, train or airport, complete their Wi-Fi sign-in page first (see ${kbLink(27, 'Hotel and train Wi-Fi')}).</li>
      <li>Right-click the GlobalProtect icon, choose <strong>Disconnect</strong>, wait 10 seconds and <strong>Connect</strong> again.</li>
      <li>In GlobalProtect, open <strong>Settings &gt; General</strong> and choose <strong>Refresh connection</strong>.</li>
      <li>Restart your laptop.</li>
    </ol>
    <p>Still stuck? Open GlobalProtect, choose <strong>Settings &gt; Troubleshooting &gt; Collect logs</strong> and attach the file when you contact us.</p>
    `,
  ),
  a(
    21,
    'Wi-Fi for visitors: request a LARK-GUEST voucher',
    'Give a visitor, contractor or your own personal device internet access with a LARK-GUEST voucher.',
    ['guest', 'wifi', 'visitor', 'internet', 'voucher'],
    '01-20',
    `
    <p><code>LARK-GUEST</code> gives internet access only; it cannot reach internal systems. Vouchers are valid for 1 to 5 days.</p>
    <ul>
      <li><strong>Visitors for a day:</strong> reception hands out a printed voucher when they sign in.</li>
      <li><strong>Longer stays or groups:</strong> request <em>Guest Wi-Fi access</em> in the service catalog, at least one working day in advance.</li>
      <li><strong>Your own phone or tablet:</strong> connect to LARK-GUEST and sign in with your Larkspur account on the welcome page; it stays valid for 90 days.</li>
    </ul>
    `,
  ),
  a(
    22,
    'Connect your phone to Wi-Fi in the office',
    'Company phones connect to LARK-SECURE automatically; personal phones use LARK-GUEST.',
    ['phone', 'wifi', 'mobile', 'iphone', 'android'],
    '02-09',
    `
    <p><strong>Company phones</strong> enrolled in Intune receive the LARK-SECURE settings automatically within an hour of enrolment. If yours does not connect, open Company Portal and tap <strong>Check status</strong>, then restart the phone.</p>
    <p><strong>Personal phones</strong> can use <code>LARK-GUEST</code>. Select it, then sign in with your work account on the page that opens.</p>
    `,
  ),
  a(
    23,
    'Slow or dropping Wi-Fi in the office',
    'What to check when the office wireless network is slow or keeps disconnecting, and what to tell us.',
    ['wifi', 'slow', 'dropping', 'disconnect', 'internet', 'office'],
    '03-03',
    `
    <ol>
      <li>Check whether colleagues near you have the same problem. If everyone is affected, report it once, naming the floor and area.</li>
      <li>Turn Wi-Fi off and on again, or restart your laptop.</li>
      <li>Move closer to an access point (the white discs on the ceiling). Thick walls and the warehouse racking weaken the signal.</li>
      <li>If you sit at a desk with a dock, use the network cable: it is always faster.</li>
    </ol>
    <p>When you report it, tell us the building, floor and desk number, the time it happened, and whether other people noticed too. That helps the Network Team find the access point.</p>
    `,
  ),
  a(
    24,
    'Working from home: improve your home network connection',
    'Simple changes that make video calls and the VPN work better on your home internet.',
    ['home', 'internet', 'slow', 'router', 'wifi'],
    '02-16',
    `
    <ul>
      <li>Sit near your router or connect with a network cable; every wall reduces speed.</li>
      <li>Restart your router once a week.</li>
      <li>Large downloads or streaming by others at home slow down your Teams calls; try to schedule them outside meetings.</li>
      <li>Test your speed at a speed-test website. For video calls you need at least 10 Mbit/s download and 3 Mbit/s upload.</li>
    </ul>
    <p>Larkspur cannot fix your home broadband, but we can check whether the problem is on our side if you send us a speed-test result.</p>
    `,
  ),
  a(
    25,
    'Split tunnelling: which traffic goes through the VPN',
    'Microsoft 365 and Teams skip the VPN on purpose; internal systems go through it.',
    ['vpn', 'split', 'tunnel', 'teams', 'traffic'],
    '03-18',
    `
    <p>To keep video calls smooth, the VPN uses <em>split tunnelling</em>: Teams, Outlook, OneDrive and SharePoint connect straight to Microsoft, while internal systems such as SAP, the transport management system (TMS) and shared drives go through the VPN.</p>
    <p>This means Teams can work while the VPN is disconnected, but your <code>S:</code> drive will not. Nothing is wrong if you see this.</p>
    `,
  ),
  a(
    26,
    'Always-on VPN and pre-logon: signing in off the network',
    'Why your laptop connects to the VPN before you sign in, and what to do when it cannot.',
    ['vpn', 'login', 'prelogon', 'always-on', 'laptop'],
    '04-02',
    `
    <p>Larkspur laptops use <strong>pre-logon VPN</strong>: GlobalProtect connects before you sign in so that new passwords and policies reach the laptop.</p>
    <p>If the sign-in screen says "Connecting to GlobalProtect" for more than a minute, select the network icon at the bottom right, connect to Wi-Fi, and wait. If you are on a hotel network with a sign-in page, sign in first with your cached password, complete the hotel page in a browser, and then connect the VPN.</p>
    `,
  ),
  a(
    27,
    'Hotel and train Wi-Fi with a captive portal (sign-in page)',
    'Public Wi-Fi often needs you to accept terms in a browser before the VPN can connect.',
    ['hotel', 'travel', 'wifi', 'public', 'vpn'],
    '02-27',
    `
    <ol>
      <li>Connect to the hotel, train or airport Wi-Fi.</li>
      <li>Open Edge and go to any website, for example <code>http://neverssl.com</code>. The sign-in page should appear.</li>
      <li>Accept the terms or enter your room number.</li>
      <li>Now connect GlobalProtect.</li>
    </ol>
    <p>If the sign-in page never appears, use your phone as a hotspot instead (see ${kbLink(28, 'Use your phone as a mobile hotspot')}). Never do confidential work on public Wi-Fi without the VPN.</p>
    `,
  ),
  a(
    28,
    'Use your phone as a mobile hotspot',
    'Share your company phone\'s mobile data with your laptop when there is no usable Wi-Fi.',
    ['hotspot', 'tethering', 'mobile', 'data', 'internet'],
    '03-09',
    `
    <ol>
      <li>On an iPhone: <strong>Settings &gt; Personal Hotspot</strong>, switch on <em>Allow Others to Join</em>. On Android: <strong>Settings &gt; Network &gt; Hotspot &amp; tethering</strong>.</li>
      <li>On your laptop, choose the phone's name in the Wi-Fi list and enter the password shown on the phone.</li>
      <li>Connect the VPN as usual.</li>
    </ol>
    <p>Company phones have 20 GB of data a month in the EU and UK. A one-hour video call uses about 1 GB, so turn off your camera if data is running low.</p>
    `,
  ),
  a(
    29,
    'DNS problems: websites load outside the VPN but not inside',
    'When internal sites fail to open with "This site can\'t be reached", flush your DNS cache.',
    ['dns', 'website', 'intranet', 'vpn', 'error'],
    '04-14',
    `
    <p>DNS is the internet's phone book: it turns names like <code>intranet.larkspur.example</code> into addresses. Sometimes your laptop keeps an old answer.</p>
    <ol>
      <li>Disconnect and reconnect the VPN.</li>
      <li>Open the Start menu, type <code>cmd</code> and open <strong>Command Prompt</strong>.</li>
      <li>Type <code>ipconfig /flushdns</code> and press Enter.</li>
      <li>Try the website again.</li>
    </ol>
    `,
  ),
  a(
    30,
    'A wired network port in the office does not work',
    'Check the cable and the port label before reporting a dead network socket.',
    ['cable', 'ethernet', 'wired', 'network', 'port'],
    '01-27',
    `
    <p>Make sure the cable clicks into both the dock (or laptop) and the wall or floor socket, and that the small lights next to the port blink. Try a different cable and another free port.</p>
    <p>If it still does not work, report it with the label on the socket (for example <code>RT-2-114B</code>). Not all ports are switched on; the Network Team activates them on request.</p>
    `,
  ),
  a(
    31,
    'Which network to use: LARK-SECURE, LARK-GUEST and LARK-IOT',
    'A quick guide to the three Larkspur wireless networks and who may use each one.',
    ['wifi', 'networks', 'guest', 'secure', 'iot'],
    '01-13',
    `
    <ul>
      <li><strong>LARK-SECURE</strong>: Larkspur laptops and enrolled company phones. Full access to internal systems.</li>
      <li><strong>LARK-GUEST</strong>: visitors and personal devices. Internet only; 1-5 day vouchers or 90-day self sign-in.</li>
      <li><strong>LARK-IOT</strong>: scanners, label printers and sensors in the warehouses. Devices are registered by the Network Team; people cannot join.</li>
    </ul>
    `,
  ),
  a(
    32,
    'VPN certificate expired or "Certificate error"',
    'GlobalProtect needs a valid device certificate; here is how to renew it.',
    ['vpn', 'certificate', 'error', 'expired'],
    '04-21',
    `
    <p>Every Larkspur laptop holds a certificate that proves it belongs to us. It renews itself automatically, but only when the laptop can reach the network.</p>
    <ol>
      <li>Connect the laptop to a cable or LARK-SECURE in any office, or to the internet at home.</li>
      <li>Open Company Portal, select <strong>Settings &gt; Sync</strong> and wait 15 minutes.</li>
      <li>Restart and try the VPN again.</li>
    </ol>
    <p>If you are abroad and cannot reach an office, call Larkspur IT Help; we can issue a temporary certificate remotely.</p>
    `,
  ),
  a(
    33,
    'Travelling between offices: Wi-Fi in Rotterdam, Leeds and Lyon',
    'Your laptop works the same in every Larkspur office; a few local details help.',
    ['travel', 'office', 'wifi', 'leeds', 'lyon', 'rotterdam'],
    '05-04',
    `
    <p>LARK-SECURE is available in all three offices and in the Rotterdam and Lyon warehouses, so your laptop connects automatically wherever you are.</p>
    <ul>
      <li><strong>Leeds:</strong> the ground-floor meeting rooms have docks with network cables for faster calls.</li>
      <li><strong>Lyon:</strong> the warehouse office uses LARK-SECURE too, but coverage on the loading dock is limited.</li>
      <li><strong>Printing:</strong> Follow-Me printing works in every office with the same badge (see ${kbLink(50, 'Follow-Me printing')}).</li>
    </ul>
    `,
  ),
];
