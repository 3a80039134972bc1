import type { Article } from '../../../core/schemas.js';
import { articleMaker, kbLink } from './article-util.js';

const a = articleMaker('Software');

export const softwareArticles: Article[] = [
  a(
    114,
    'Install software from Company Portal',
    'Install approved apps yourself, without admin rights or waiting for IT.',
    ['install', 'software', 'apps', 'program', 'portal'],
    '01-10',
    `
    <p><strong>Company Portal</strong> is Larkspur's app store. Everything in it is tested and licensed, and installs without admin rights.</p>
    <ol>
      <li>Open the Start menu and type <code>Company Portal</code>.</li>
      <li>Search for the app, for example <em>7-Zip</em>, <em>Notepad++</em> or <em>Power BI Desktop</em>.</li>
      <li>Select <strong>Install</strong>. You can keep working while it installs.</li>
    </ol>
    <p>Cannot find what you need? See ${kbLink(115, 'Request software that is not in Company Portal')}.</p>
    `,
  ),
  a(
    115,
    'Request software that is not in Company Portal',
    'Ask for new software to be checked, licensed and made available.',
    ['software', 'request', 'new', 'install', 'licence'],
    '02-03',
    `
    <p>Request <em>Software not in Company Portal</em> in the service catalog. Tell us the name, the website of the maker, and what you need it for.</p>
    <p>We check it for security and licence terms, which takes about 5 working days for free tools and longer for paid software, which also needs your manager's approval and a cost centre. Please do not download software from the internet yourself; it is blocked on Larkspur laptops.</p>
    `,
  ),
  a(
    116,
    'Microsoft Teams: fix audio and video problems',
    'People cannot hear you, you cannot hear them, or your camera does not work in Teams.',
    ['teams', 'audio', 'microphone', 'camera', 'sound', 'video'],
    '01-18',
    `
    <ol>
      <li>In a call, select <strong>More &gt; Settings &gt; Device settings</strong> and check that the right speaker, microphone and camera are selected.</li>
      <li>Check the mute button on the headset itself, and the privacy shutter over the laptop camera.</li>
      <li>Make a test call: <strong>Settings &gt; Devices &gt; Make a test call</strong>.</li>
      <li>Open <strong>Windows Settings &gt; Privacy &amp; security &gt; Camera</strong> (and <em>Microphone</em>) and make sure Teams is allowed.</li>
      <li>Quit Teams completely (right-click its icon near the clock and choose <strong>Quit</strong>) and start it again.</li>
    </ol>
    <p>Choppy sound is usually the network: see ${kbLink(24, 'Working from home: improve your connection')}.</p>
    `,
  ),
  a(
    117,
    'Microsoft Teams: clear the cache',
    'Clear Teams\' stored data when it is slow, shows old messages or will not load.',
    ['teams', 'cache', 'slow', 'loading', 'reset'],
    '02-10',
    `
    <ol>
      <li>Quit Teams completely.</li>
      <li>Open <strong>Settings &gt; Apps &gt; Installed apps</strong>, find <em>Microsoft Teams</em>, select the three dots and choose <strong>Advanced options</strong>.</li>
      <li>Select <strong>Reset</strong>.</li>
      <li>Start Teams and sign in again.</li>
    </ol>
    <p>Your chats and files are stored online, so nothing is lost.</p>
    `,
  ),
  a(
    118,
    'Office apps ask you to activate or sign in (licence)',
    'Fix "Unlicensed product" or repeated sign-in prompts in Word, Excel and Outlook.',
    ['office', 'licence', 'activate', 'unlicensed', 'word', 'excel'],
    '02-18',
    `
    <ol>
      <li>In Word, select <strong>File &gt; Account</strong> and check that you are signed in with your <code>@larkspur.example</code> address, not a personal Microsoft account.</li>
      <li>Sign out of any other account, close all Office apps and open Word again.</li>
      <li>If it still says "Unlicensed", restart your laptop while connected to the internet.</li>
    </ol>
    <p>Every Larkspur employee with a laptop has a Microsoft 365 E3 licence for up to five devices.</p>
    `,
  ),
  a(
    119,
    'Adobe Acrobat: request a Pro licence',
    'Acrobat Reader is free for everyone; request Acrobat Pro to edit, combine or sign PDFs.',
    ['adobe', 'acrobat', 'pdf', 'licence', 'edit'],
    '03-03',
    `
    <p>Acrobat Reader lets you read, comment and fill in forms. To edit text, combine files, redact or make scans searchable, you need <strong>Acrobat Pro</strong>.</p>
    <p>Request <em>Adobe Acrobat Pro licence</em> in the service catalog. It costs your department EUR 18 per month and needs manager approval. After approval, open Acrobat and sign in with your work email; Pro features unlock automatically.</p>
    `,
  ),
  a(
    120,
    'Supported browsers: Edge and Chrome',
    'Which web browsers Larkspur supports and how to set your default browser.',
    ['browser', 'edge', 'chrome', 'default', 'internet'],
    '01-24',
    `
    <p>Microsoft Edge is the standard browser and is signed in with your work account automatically. Google Chrome is available in Company Portal. Firefox is not supported for internal applications.</p>
    <p>To change your default browser: <strong>Settings &gt; Apps &gt; Default apps</strong>, choose the browser, and select <strong>Set default</strong>.</p>
    `,
  ),
  a(
    121,
    'Clear your browser cache and cookies',
    'Fix websites that load wrongly or keep showing old information.',
    ['browser', 'cache', 'cookies', 'website', 'clear'],
    '03-12',
    `
    <ol>
      <li>In Edge or Chrome, press <code>Ctrl + Shift + Delete</code>.</li>
      <li>Choose the time range <strong>All time</strong>.</li>
      <li>Tick <em>Cookies</em> and <em>Cached images and files</em>, and select <strong>Clear now</strong>.</li>
    </ol>
    <p>You will need to sign in to websites again. To test first without clearing anything, open the site in an InPrivate window (<code>Ctrl + Shift + N</code>).</p>
    `,
  ),
  a(
    122,
    'Update Microsoft 365 apps',
    'Get the latest fixes for Word, Excel, Outlook and Teams.',
    ['update', 'office', 'microsoft', 'version'],
    '04-08',
    `
    <p>Office updates itself once a month. To update now, open Word, select <strong>File &gt; Account &gt; Update Options &gt; Update Now</strong>, and close the apps when asked.</p>
    <p>To see which version you have, look under <strong>About Word</strong> on the same page. Larkspur IT Help may ask for it when you report a problem.</p>
    `,
  ),
  a(
    123,
    'Repair Office (Quick Repair and Online Repair)',
    'Fix Word, Excel or Outlook when they crash or will not open.',
    ['office', 'repair', 'crash', 'word', 'excel', 'broken'],
    '02-25',
    `
    <ol>
      <li>Close all Office apps.</li>
      <li>Open <strong>Settings &gt; Apps &gt; Installed apps</strong> and find <em>Microsoft 365 Apps for enterprise</em>.</li>
      <li>Select the three dots, then <strong>Modify</strong>.</li>
      <li>Choose <strong>Quick Repair</strong> first. If the problem stays, run it again with <strong>Online Repair</strong>, which reinstalls Office and takes about 30 minutes.</li>
    </ol>
    `,
  ),
  a(
    124,
    'OneDrive sync problems',
    'Fix red crosses, "sync pending" and files that do not appear on other devices.',
    ['onedrive', 'sync', 'files', 'cloud', 'backup'],
    '03-18',
    `
    <ul>
      <li>Select the OneDrive cloud near the clock to see what is wrong. The message usually tells you what to do.</li>
      <li>File names cannot contain <code>" * : &lt; &gt; ? / \\ |</code> and paths must be shorter than 400 characters.</li>
      <li>Files open in another app sync when you close them.</li>
      <li>Pause and resume syncing: <strong>Settings (gear) &gt; Pause syncing &gt; 2 hours</strong>, then <strong>Resume</strong>.</li>
    </ul>
    `,
  ),
  a(
    125,
    'Share your screen in Teams',
    'Show a window or your whole screen in a Teams meeting.',
    ['teams', 'share', 'screen', 'present', 'meeting'],
    '01-31',
    `
    <p>In a meeting, select <strong>Share</strong> at the top. Choose a single <em>Window</em> rather than your whole screen so people do not see your email notifications. To share a video, tick <strong>Include sound</strong>.</p>
    <p>If others see a black screen, you may be sharing a protected app; share the whole screen instead.</p>
    `,
  ),
  a(
    126,
    'Excel file "locked for editing" by another user',
    'Work on the same Excel file at the same time instead of getting a locked copy.',
    ['excel', 'locked', 'editing', 'file', 'coauthoring'],
    '04-15',
    `
    <p>Files on the old <code>S:</code> drive can only be edited by one person at a time. Files in Teams, SharePoint and OneDrive can be edited by many people together.</p>
    <p>Move the file to the team's Teams channel and open it from there. If the "locked by" name is your own, Excel was not closed properly: restart your laptop.</p>
    `,
  ),
  a(
    127,
    'Use Microsoft 365 on the web',
    'Open Outlook, Teams, Word and Excel in a browser on any computer.',
    ['web', 'browser', 'office', 'online', 'outlook'],
    '02-07',
    `
    <p>Go to <code>office.com</code> and sign in with your work email. Everything is available in the browser, which is useful on a borrowed computer. Sign out and close the browser when you are done on a computer that is not yours.</p>
    <p>Files you open on the web are saved straight to OneDrive or Teams, so do not download company documents to a computer that is not yours.</p>
    `,
  ),
  a(
    128,
    'Software licence costs and renewals',
    'Who pays for paid software and what happens when you no longer use it.',
    ['licence', 'cost', 'renewal', 'software', 'budget'],
    '05-08',
    `
    <p>Paid software is charged monthly to your department's cost centre. Licences not used for 60 days are taken back automatically after a warning email, so the company does not pay for idle licences.</p>
    <p>Owners of budgets receive a quarterly overview of licences by person.</p>
    `,
  ),
  a(
    129,
    'Open legacy web apps in Edge IE mode',
    'Some older internal sites need Internet Explorer mode in Edge.',
    ['legacy', 'internet', 'explorer', 'edge', 'compatibility'],
    '04-24',
    `
    <p>Older internal applications such as the customs declaration tool open in <strong>IE mode</strong> automatically; you will see a small Internet Explorer logo in the address bar.</p>
    <p>If a page looks broken and you think it needs IE mode, report the address and we will add it to the list. Internet Explorer itself is no longer available.</p>
    `,
  ),
];
