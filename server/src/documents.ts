/**
 * The open documents' texts, kept packed while nobody uses them. An editor with a workspace of
 * notices open sends the server every one of them, and the server must keep each text to apply
 * the edits that follow; yet only the few the user works in are read again. V8 holds a text two
 * bytes a character as soon as one character is beyond Latin-1 (a curly quote will do), so 100
 * notices of 30 KB held 6 MB. A document not used lately holds its text as UTF-8 bytes instead
 * (about half that for a notice in a Latin script, outside V8's heap) and decodes it when it is
 * read again, which takes a few microseconds for a notice. UTF-8 rather than deflate: zlib's
 * working memory and CPU time cost more, in a burst of opened documents, than they save.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/**
 * A text document whose text can be packed away (see {@link PackedDocuments}). Every member
 * behaves as the library's TextDocument; reading the text or a position of a packed document
 * unpacks it first.
 */
export class PackableDocument implements TextDocument {
  /** The document itself while unpacked. */
  private unpacked: TextDocument | undefined;
  /** The text while packed: UTF-8, or UTF-16 for a text with a lone surrogate (which UTF-8 cannot hold). */
  private packed: Buffer | undefined;
  private packedAsUtf16 = false;
  private currentVersion: number;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    content: string,
    /** Called when the document is read, so the documents used last stay unpacked. */
    private readonly onUse: (document: PackableDocument) => void,
  ) {
    this.currentVersion = version;
    this.unpacked = TextDocument.create(uri, languageId, version, content);
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.document().lineCount;
  }

  getText(range?: Range): string {
    return this.document().getText(range);
  }

  positionAt(offset: number): Position {
    return this.document().positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.document().offsetAt(position);
  }

  getLineRange(line: number): Range {
    return this.document().getLineRange(line);
  }

  getEOLCharacters(line: number): string {
    return this.document().getEOLCharacters(line);
  }

  /** Applies the changes of an edit (as TextDocument.update does) and takes the new version. */
  update(changes: TextDocumentContentChangeEvent[], version: number): this {
    TextDocument.update(this.document(), changes, version);
    this.currentVersion = version;
    return this;
  }

  /** Whether the text is packed away. */
  get isPacked(): boolean {
    return this.packed !== undefined;
  }

  /** Packs the text away until it is next read. */
  pack(): void {
    if (!this.unpacked) return;
    const text = this.unpacked.getText();
    // With the u flag a surrogate pair is one code point, so this finds only lone surrogates.
    this.packedAsUtf16 = LONE_SURROGATE.test(text);
    this.packed = Buffer.from(text, this.packedAsUtf16 ? 'utf16le' : 'utf8');
    this.unpacked = undefined;
  }

  private document(): TextDocument {
    let document = this.unpacked;
    if (!document) {
      const text = this.packed!.toString(this.packedAsUtf16 ? 'utf16le' : 'utf8');
      document = this.unpacked = TextDocument.create(this.uri, this.languageId, this.currentVersion, text);
      this.packed = undefined;
    }
    this.onUse(this);
    return document;
  }
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Makes and tracks the open documents (a configuration for vscode-languageserver's
 * TextDocuments): the {@link KEPT} used last stay unpacked, the others are packed.
 */
export class PackedDocuments {
  /** Unpacked documents by uri, least recently used first. */
  private readonly inUse = new Map<string, PackableDocument>();
  /** The document used last (most reads are of it: nothing to move). */
  private last: PackableDocument | undefined;

  constructor(private readonly kept: number = KEPT) {}

  /**
   * A new document counts as used when it is first read (its analysis), not when it arrives: a
   * workspace's notices arrive all at once, before the first is analysed.
   */
  create = (uri: string, languageId: string, version: number, content: string): PackableDocument =>
    new PackableDocument(uri, languageId, version, content, this.used);

  update = (document: PackableDocument, changes: TextDocumentContentChangeEvent[], version: number): PackableDocument => document.update(changes, version);

  /** Marks a document as the one used last; packs the one used longest ago beyond the kept number. */
  used = (document: PackableDocument): void => {
    if (document === this.last) return;
    this.last = document;
    const map = this.inUse;
    map.delete(document.uri);
    map.set(document.uri, document);
    while (map.size > this.kept) {
      const [uri, oldest] = map.entries().next().value!;
      map.delete(uri);
      oldest.pack();
    }
  };

  /** Forgets a closed document. */
  closed(uri: string): void {
    this.inUse.delete(uri);
    if (this.last?.uri === uri) this.last = undefined;
  }
}

/**
 * How many documents stay unpacked: as many as the language service keeps analyses of (the
 * documents the user is looking at and working in), so one of those is not packed while its
 * analysis holds its text anyway.
 */
const KEPT = 8;
