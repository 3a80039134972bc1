import type { Article } from '../../../core/schemas.js';
import { articleMaker, kbLink } from './article-util.js';

const a = articleMaker('Printers & Scanning');

export const printingArticles: Article[] = [
  a(
    50,
    'Print with Follow-Me printing (release with your badge)',
    'Send your document to one queue and collect it at any Larkspur printer by tapping your badge.',
    ['print', 'printer', 'badge', 'followme', 'release'],
    '01-14',
    `
    <p>All office printers share one queue called <code>LARK-FOLLOWME</code>. Your job waits safely until you are standing at a printer, so nobody else picks up your papers.</p>
    <ol>
      <li>Print as usual and choose the printer <strong>LARK-FOLLOWME</strong>.</li>
      <li>Go to any Larkspur printer in Rotterdam, Leeds or Lyon.</li>
      <li>Tap your badge on the card reader next to the screen.</li>
      <li>Select <strong>Print all</strong>, or choose individual jobs.</li>
    </ol>
    <p>Jobs you do not collect are deleted after 24 hours. First time? See ${kbLink(59, 'Register your badge at a printer')}.</p>
    `,
  ),
  a(
    51,
    'Add a printer on Windows',
    'Install the Follow-Me printer on a Larkspur laptop if it is missing from the printer list.',
    ['printer', 'install', 'add', 'windows', 'driver'],
    '01-23',
    `
    <ol>
      <li>Connect to the Larkspur network (office Wi-Fi, cable or VPN).</li>
      <li>Open <strong>Company Portal</strong> and search for <em>Follow-Me Printing</em>.</li>
      <li>Select <strong>Install</strong>. After a few minutes, <code>LARK-FOLLOWME</code> appears in your printer list.</li>
    </ol>
    <p>You do not need admin rights, and you should not add printers by their IP address: those jobs bypass the badge release.</p>
    `,
  ),
  a(
    52,
    'Print from a Mac',
    'Set up Follow-Me printing on a Larkspur Mac used by the design and marketing teams.',
    ['mac', 'print', 'apple', 'printer'],
    '03-04',
    `
    <ol>
      <li>Open <strong>Self Service</strong> from the Applications folder.</li>
      <li>Install <em>Larkspur Follow-Me Printer</em>.</li>
      <li>The first time you print, enter your Larkspur username and password when asked, and tick <strong>Remember this password in my keychain</strong>.</li>
    </ol>
    `,
  ),
  a(
    53,
    'Clear a paper jam on a Konica Minolta printer',
    'Safely remove jammed paper from the office multifunction printers.',
    ['jam', 'paper', 'stuck', 'printer', 'konica'],
    '02-04',
    `
    <p>The printer's screen shows an animation of where the paper is stuck. Follow it; the green handles are the parts you may touch.</p>
    <ol>
      <li>Open the door shown on the screen, usually the right-hand side door.</li>
      <li>Pull the paper out slowly in the direction of the paper path, with both hands.</li>
      <li>Check for small torn pieces, then close all doors firmly.</li>
    </ol>
    <p><strong>Careful:</strong> parts inside marked with a hot-surface symbol can burn. If paper tears or jams again straight away, stick a note on the printer and report it with the printer name on the sticker (for example <code>RT-PR-03</code>).</p>
    `,
  ),
  a(
    54,
    'Scan to email',
    'Scan paper documents at any printer and receive them as a PDF in your inbox.',
    ['scan', 'scanner', 'pdf', 'email', 'document'],
    '01-28',
    `
    <ol>
      <li>Tap your badge on the printer to sign in.</li>
      <li>Select <strong>Scan to me</strong>.</li>
      <li>Place the pages face up in the feeder at the top, or face down on the glass.</li>
      <li>Press the green <strong>Start</strong> button.</li>
    </ol>
    <p>The PDF arrives from <code>scanner@larkspur.example</code> within two minutes. Files over 20 MB are split; scan in black and white for long documents.</p>
    `,
  ),
  a(
    55,
    'Scan to your OneDrive folder',
    'Send scans straight into a folder in your OneDrive instead of your inbox.',
    ['scan', 'onedrive', 'folder', 'pdf'],
    '03-19',
    `
    <p>Tap your badge, choose <strong>Scan to OneDrive</strong> and press Start. Scans appear in the folder <code>OneDrive - Larkspur Logistics/Scans</code> within a few minutes.</p>
    <p>This is the better choice for large or confidential documents, because nothing is sent by email.</p>
    `,
  ),
  a(
    56,
    'Printer says "Toner low" or "Replace toner"',
    'Who replaces toner and where spare cartridges are kept.',
    ['toner', 'ink', 'cartridge', 'printer'],
    '02-10',
    `
    <p>Printers order their own toner when it runs low, and Workplace Services replaces it. "Toner low" can show for weeks; you can keep printing.</p>
    <p>If the printer has stopped with "Replace toner", spare cartridges are in the cupboard next to the printer on each floor. Follow the picture on the screen. If there are no spares, report it and use another printer meanwhile; your Follow-Me jobs are available everywhere.</p>
    `,
  ),
  a(
    57,
    'Print job stuck in the queue',
    'Remove a document that will not print and blocks the ones after it.',
    ['print', 'stuck', 'queue', 'job', 'printer'],
    '03-10',
    `
    <ol>
      <li>Open <strong>Settings &gt; Bluetooth &amp; devices &gt; Printers &amp; scanners</strong>.</li>
      <li>Choose <strong>LARK-FOLLOWME</strong>, then <strong>Open print queue</strong>.</li>
      <li>Right-click the stuck job and choose <strong>Cancel</strong>.</li>
      <li>Restart your laptop and print again.</li>
    </ol>
    <p>If the job reaches the printer but does not appear after tapping your badge, check that you are connected to the Larkspur network or VPN.</p>
    `,
  ),
  a(
    58,
    'Print in colour or double-sided',
    'Change print settings such as colour, double-sided and stapling.',
    ['colour', 'duplex', 'double-sided', 'staple', 'print'],
    '01-16',
    `
    <p>To save paper and money, printing is set to <strong>black and white</strong> and <strong>double-sided</strong> by default.</p>
    <ol>
      <li>In the print window, choose <strong>Printer properties</strong> or <strong>More settings</strong>.</li>
      <li>Change <em>Color</em> to <strong>Full colour</strong>, or <em>2-sided printing</em> to <strong>1-sided</strong>.</li>
      <li>Stapling and hole-punching are under <strong>Finishing</strong>.</li>
    </ol>
    `,
  ),
  a(
    59,
    'Register your badge at a printer for the first time',
    'Link your badge to your account once so printers recognise you.',
    ['badge', 'printer', 'register', 'card', 'first'],
    '01-09',
    `
    <ol>
      <li>Tap your badge on the printer's card reader.</li>
      <li>The screen says "Card not recognised". Sign in with your Larkspur username and password.</li>
      <li>Select <strong>Register card</strong>.</li>
    </ol>
    <p>From now on a tap is enough. You need to do this again if you get a replacement badge.</p>
    `,
  ),
  a(
    60,
    'Printing from home is not supported: what to do instead',
    'Larkspur laptops do not print to home printers; here are the alternatives.',
    ['home', 'printer', 'print', 'remote'],
    '04-16',
    `
    <p>To protect customer and employee data, Larkspur laptops cannot install home printers. Instead:</p>
    <ul>
      <li>Sign documents electronically with Adobe Acrobat or DocuSign.</li>
      <li>Send the document to <code>LARK-FOLLOWME</code> while on the VPN and collect it next time you are in the office (within 24 hours).</li>
      <li>If your role needs printing at home, your manager can request a home printer exception in the service catalog.</li>
    </ul>
    `,
  ),
  a(
    61,
    'Zebra label printers in the warehouse',
    'Fix blank, misaligned or faded shipping labels on warehouse label printers.',
    ['label', 'zebra', 'warehouse', 'shipping', 'printer'],
    '02-17',
    `
    <ul>
      <li><strong>Blank labels:</strong> the ribbon is empty or inserted the wrong way. Replace it with the ink side facing the labels.</li>
      <li><strong>Labels out of position:</strong> hold the <em>Feed</em> button for two seconds until the printer feeds one label. This calibrates it.</li>
      <li><strong>Faded print:</strong> clean the print head with an alcohol wipe from the maintenance box.</li>
    </ul>
    <p>If the printer shows a red light, note the code and call your shift lead; label printers are supported by the warehouse systems team 24/7.</p>
    `,
  ),
  a(
    62,
    'Print A3 pages and posters',
    'Which printers take A3 paper and where to order large posters.',
    ['a3', 'poster', 'large', 'print', 'paper'],
    '05-06',
    `
    <p>Every floor printer can print A3; choose <strong>A3</strong> under <em>Paper size</em> and make sure tray 2 is filled with A3 paper.</p>
    <p>For posters, banners and roll-up stands, use the print service in the Marketing section of the service catalog. Allow five working days.</p>
    `,
  ),
  a(
    63,
    'Make a scanned PDF searchable (OCR)',
    'Turn scanned images into text you can search and copy.',
    ['pdf', 'ocr', 'scan', 'text', 'acrobat'],
    '03-26',
    `
    <p>Scans from our printers are already searchable. For older scans:</p>
    <ol>
      <li>Open the PDF in Adobe Acrobat Pro.</li>
      <li>Select <strong>Scan &amp; OCR &gt; Recognise text &gt; In this file</strong>.</li>
      <li>Save the file.</li>
    </ol>
    <p>Acrobat Reader cannot do this; see ${kbLink(119, 'Adobe Acrobat: request a Pro licence')}.</p>
    `,
  ),
  a(
    64,
    'Print from your phone or tablet',
    'Send documents from a company phone to Follow-Me printing by email.',
    ['phone', 'print', 'mobile', 'tablet', 'email'],
    '04-23',
    `
    <p>Email the document as an attachment from your Larkspur email address to <code>print@larkspur.example</code>. It appears in your Follow-Me queue within two minutes; tap your badge at any printer to collect it.</p>
    <p>PDF, Word, Excel and pictures are supported. The email text itself is not printed.</p>
    `,
  ),
  a(
    65,
    'Printer is offline',
    'What to do when your laptop reports the printer as offline.',
    ['printer', 'offline', 'print', 'error'],
    '02-26',
    `
    <p>"Offline" usually means your laptop cannot reach the print server, not that the printer is broken.</p>
    <ol>
      <li>Check that you are on LARK-SECURE, a network cable, or the VPN.</li>
      <li>Restart the <em>Print Spooler</em>: restart your laptop.</li>
      <li>Still offline? Reinstall <em>Follow-Me Printing</em> from Company Portal.</li>
    </ol>
    <p>If the physical printer shows an error on its screen, report it with the name on its sticker.</p>
    `,
  ),
];
