/**
 * The cite panel's copy and download buttons. Without JavaScript the citations are plain text to
 * select, and a statement's BibTeX, RIS and CSL-JSON are its entries in the meeting's files
 * (/cite/), which the panel links. With it, each format gets a copy and a download button, both
 * writing today's date as the accessed date; a statement's entry is taken from the meeting's file
 * when its format is opened. The download is made here rather than linked as a data: URL, which
 * would repeat every citation, percent-encoded, in every page (docs/benchmarks.md).
 */
import { entryOf, fileFormats, withAccessed, type FileFormat } from '~/citation/entries';

const today = () => new Date().toISOString().slice(0, 10);

/** A SIST02 or APA template with today wherever a style wrote the placeholder date. */
function datedTemplate(template: string, placeholder: string): string {
  const [y = '', m = '', d = ''] = placeholder.split('-');
  const [ty = '', tm = '', td = ''] = today().split('-');
  const short = (part: string) => String(Number(part));
  return template
    .replaceAll(placeholder, today())
    .replaceAll(`${y}/${m}/${d}`, `${ty}/${tm}/${td}`)
    .replaceAll(`${y}/${short(m)}/${short(d)}`, `${ty}/${short(tm)}/${short(td)}`)
    .replace(
      new RegExp(`\\[\\s*${y},\\s*${short(m)},\\s*${short(d)}\\s*\\]`, 'g'),
      `[${ty}, ${short(tm)}, ${short(td)}]`,
    );
}

/**
 * The citation with the placeholder accessed date: the text with the date's words inserted where
 * the page says (data-accessed-at, -insert), the template the page carries, or the text itself.
 */
function templateOf(pre: HTMLElement): string {
  const { accessedAt, accessedInsert, template } = pre.dataset;
  const text = pre.textContent;
  if (accessedAt !== undefined && accessedInsert !== undefined) {
    const at = Number(accessedAt);
    return text.slice(0, at) + accessedInsert + text.slice(at);
  }
  return template ?? text;
}

const files = new Map<string, Promise<string>>();

/** A meeting's citation file, fetched once per page. */
function citationFile(href: string): Promise<string> {
  let file = files.get(href);
  if (!file) {
    file = fetch(href).then((response) =>
      response.ok ? response.text() : Promise.reject(new Error(`${href}: ${String(response.status)}`)),
    );
    files.set(href, file);
  }
  return file;
}

const isFileFormat = (format: string): format is FileFormat => (fileFormats as readonly string[]).includes(format);

/** One format of the panel: what it shows, and what its buttons copy and download. */
function citationOf(panel: HTMLElement, details: HTMLElement, pre: HTMLElement) {
  const { accessedPlaceholder: placeholder = '', entryKey = '', entryUrl = '' } = panel.dataset;
  const format = details.dataset['format'] ?? '';
  const entryFile = details.querySelector<HTMLAnchorElement>('a[data-entry-file]')?.getAttribute('href');
  if (!entryFile || !isFileFormat(format)) {
    return {
      load: () => Promise.resolve(),
      dated: () => Promise.resolve(datedTemplate(templateOf(pre), placeholder)),
    };
  }
  const entry = () =>
    citationFile(entryFile).then((file) => {
      const found = entryOf(format, file, { key: entryKey, url: entryUrl });
      if (found === undefined) throw new Error(`${entryFile} has no entry ${entryKey}`);
      return found;
    });
  const load = () =>
    entry().then((text) => {
      pre.textContent = text;
      pre.hidden = false;
    });
  return { load, dated: () => entry().then((text) => withAccessed(format, text, today())) };
}

function addButtons(panel: HTMLElement, details: HTMLElement) {
  const status = panel.querySelector<HTMLElement>('[data-copy-status]');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  let pre = details.querySelector<HTMLElement>('pre.citation-text');
  if (!pre) {
    pre = document.createElement('pre');
    pre.className = 'citation-text';
    pre.hidden = true;
    details.querySelector('summary')?.after(pre);
  }
  const citation = citationOf(panel, details, pre);
  const unreadable = () => {
    say('引用ファイルを読み込めませんでした。リンクからファイルを開いてください。');
  };
  details.addEventListener('toggle', () => {
    if ((details as HTMLDetailsElement).open) citation.load().catch(unreadable);
  });
  if ((details as HTMLDetailsElement).open) citation.load().catch(unreadable);

  const copy = copyButton(citation, details.querySelector('summary')?.textContent ?? '', say);
  const link = details.querySelector<HTMLAnchorElement>('a[data-entry-file]');
  // A statement's entry is saved under its key, with its meeting file's extension and type.
  const fileName = link
    ? `${panel.dataset['entryKey'] ?? 'citation'}${link.pathname.slice(link.pathname.lastIndexOf('.'))}`
    : (details.dataset['fileName'] ?? 'citation.txt');
  const mediaType = link?.type || details.dataset['mediaType'] || 'text/plain';
  const download = document.createElement('button');
  download.type = 'button';
  // The file name is a long key; the label names the format's file type, the file keeps the key.
  download.textContent = `ダウンロード（${fileName.slice(fileName.lastIndexOf('.'))}）`;
  download.addEventListener('click', () => {
    citation.dated().then((text) => {
      const blob = new Blob([text], { type: `${mediaType};charset=utf-8` });
      const anchor = document.createElement('a');
      anchor.href = URL.createObjectURL(blob);
      anchor.download = fileName;
      anchor.click();
      setTimeout(() => {
        URL.revokeObjectURL(anchor.href);
      }, 0);
    }, unreadable);
  });
  const actions = document.createElement('p');
  actions.className = 'cite-actions';
  actions.append(copy, download);
  pre.after(actions);
}

for (const panel of document.querySelectorAll<HTMLElement>('.cite-panel')) {
  for (const details of panel.querySelectorAll<HTMLElement>('details[data-format]')) {
    addButtons(panel, details);
  }
}

/** The button that copies the citation, with the accessed date, and says so. */
function copyButton(citation: { dated: () => Promise<string> }, label: string, say: (message: string) => void) {
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = 'コピー';
  copy.addEventListener('click', () => {
    citation
      .dated()
      .then((text) => navigator.clipboard.writeText(text))
      .then(
        () => {
          copy.textContent = 'コピーしました';
          say(`${label}の引用をコピーしました。`);
        },
        // Clipboard access can be refused; the text is still there to select by hand.
        () => {
          say('コピーできませんでした。引用を選択してコピーしてください。');
        },
      );
  });
  return copy;
}
