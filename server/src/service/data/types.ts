/**
 * The shape of a language table: everything the detectors and messages need to know about how
 * a notice in one language phrases the GDPR's ideas. Detectors never contain words of a
 * language; they read cue lists from a table of this type. Adding a language is adding a table.
 *
 * A cue is the source of a regular expression, matched case-insensitively with Unicode
 * semantics against one sentence whose whitespace has been folded to single spaces and whose
 * typographic quotes and dashes have been made plain. Word boundaries are added around each cue
 * by the matcher (a cue may begin or end with `\w*` to allow endings). Cues must not contain
 * nested quantifiers (the regex-safety test rejects them).
 */
import type { NoteId, RuleId, Topic } from '../catalogue';

export type Lang = 'en' | 'nl' | 'de' | 'fr';

/** Cue lists of one legal-basis ground of Art. 6(1). */
export type Basis = 'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'public-task' | 'legitimate-interests';

export type Right = 'access' | 'rectification' | 'erasure' | 'restriction' | 'object' | 'portability';

export interface RuleText {
  /** A short name for lists, outlines and the README ("Right to object"). */
  readonly title: string;
  /** What the diagnostic says when the item is missing (or, for a quality finding, found). Plain words. */
  readonly message: string;
}

export interface OutdatedCue {
  /** The outdated name or instrument. */
  readonly cue: string;
  /** What to say instead (for the message and the quick fix). */
  readonly replacement: string;
  /** Why it is outdated, one sentence. */
  readonly reason: string;
  /** The current name: when the same sentence gives it, the old one is only a helpful alias. */
  readonly current?: string;
  /**
   * Where the current name makes the old one harmless: in the same sentence (the default), or
   * anywhere in the notice, for a law that still applies beside the current one and is only
   * wrong when cited alone (the French loi Informatique et Libertés beside the RGPD).
   */
  readonly currentScope?: 'sentence' | 'notice';
}

export interface LanguageTable {
  readonly lang: Lang;
  /** The regulation's short name in this language ("GDPR", "AVG"). */
  readonly lawName: string;
  /** EUR-Lex language code. */
  readonly eurLexLang: string;
  /** Formats an article reference as this language cites it, without the law's name ("Art. 13(2)(b)"). */
  readonly cite: (article: number, paragraph?: number, point?: string) => string;
  /** Frequent function words, for language detection. */
  readonly stopwords: readonly string[];

  /** Words that make a document look like a privacy notice (title, headings, vocabulary). */
  readonly noticeTitle: readonly string[];
  readonly noticeVocabulary: readonly string[];

  /** Words that negate what follows them ("not", "never", "no"). */
  readonly negation: readonly string[];
  /** Words that open a clause in which a negation no longer applies ("unless", "except"). */
  readonly negationBreak: readonly string[];
  /** The word that answers a question with a denial ("No.", "Nee, ...", "Nein.", "Non."): a question so answered is denied. */
  readonly answerNo: readonly string[];
  /**
   * The negation word that takes a noun or a clause ("without", "ohne", "sans", "zonder"): under
   * another negation of its clause it affirms what it governs ("We never post photos without your
   * consent", "Wir geben nie etwas weiter, ohne Sie zu fragen"): see Context.affirmedWithout.
   */
  readonly without?: readonly string[];
  /**
   * A negation around the words it governs, read for a mention that starts at the verb: French
   * "ne … pas" ("nous n'effaçons jamais vos factures"). `opener` stands before the mention,
   * `closer` within a few words after it; `clauseEnd` words end the clause the closer is looked
   * for in ("ne … que" restricts, it does not deny); `needless` phrases right after a mention say
   * it is not needed ("votre consentement n'est pas nécessaire"): a denial that follows its subject
   * only with a verb of need, as "le droit ne s'applique pas aux …" limits a right and "le retrait
   * ne compromet pas la licéité …" describes it; `sentence` holds the two-part negations whose second
   * part is no negation word alone ("ne … plus": "plus de trois ans" denies nothing), read where a
   * whole sentence's negation is (negative: "Nous ne transférons plus vos données hors de l'UE").
   * German and Dutch have none: a "nicht", "niet"
   * after a mention there mostly negates another verb or limits its scope ("Das Recht auf
   * Datenübertragbarkeit gilt nicht für ...", "heeft geen terugwerkende kracht"); sentence-level
   * readings (negative) see it where it matters.
   */
  /**
   * A negation that ends the sentence a mention stands in, with no clause boundary between: German
   * verb-final and separable-verb sentences ("Löschen können wir Ihre Daten leider nicht", "Eine
   * Weitergabe an Dritte findet nicht statt"). Only at the very end: "nicht länger als nötig",
   * "nicht nur ..., sondern auch" and "sofern Sie nicht widersprechen" deny nothing. The clause may
   * also end at a comma before one of the `joined` words ("..., und wir verwenden auch ..."). A
   * sentence with a `scope` verb says what something does not affect ("Der Widerruf berührt die
   * Rechtmäßigkeit der bisherigen Verarbeitung nicht", "Dies schränkt Ihr Recht auf Beschwerde
   * nicht ein"): it denies nothing it mentions.
   */
  readonly negationFinal?: { readonly closer: readonly string[]; readonly joined: readonly string[]; readonly scope: readonly string[] };
  readonly negationAfter?: {
    readonly opener: readonly string[];
    readonly closer: readonly string[];
    readonly clauseEnd: readonly string[];
    readonly needless?: readonly string[];
    readonly sentence?: readonly string[];
    /**
     * The closers that deny a mention from among its own words ("Vos données ne peuvent pas être
     * modifiées"); not "plus", which a cue of wanting no more holds ("Si vous ne voulez plus la recevoir").
     */
    readonly inside?: readonly string[];
  };
  /**
   * Relative pronouns ("qui", "that", "die"): a negation in a relative clause before a mention
   * ("les données qui ne sont pas nécessaires sont supprimées") negates that clause, not the
   * mention two words or more after it, unless an `infinitive` marker stands right before the
   * mention ("details that we are not able to correct": the clause goes on).
   */
  readonly relative?: { readonly pronoun: readonly string[]; readonly infinitive: readonly string[] };
  /** Ways the controller speaks of itself ("we", "our"). */
  readonly self: readonly string[];
  /** Ways a notice addresses its reader ("you", "your", "the data subject"). */
  readonly reader: readonly string[];
  /** Subjects of generic statements about the law rather than this notice ("organisations must"). */
  readonly genericSubject: readonly string[];

  /** Heading words that give a section its topic. */
  readonly topics: Readonly<Record<Topic, readonly string[]>>;

  readonly controller: {
    /** Legal forms and words that name an organisation ("B.V.", "Ltd", "controller"). */
    readonly organisation: readonly string[];
    /** Contact channels other than e-mail and phone numbers, which are found by shape ("contact form", postal codes). */
    readonly channel: readonly string[];
  };
  readonly purposes: readonly string[];
  /**
   * How a notice tells its reader to reach the controller ("to contact us", "how to complain",
   * "um uns zu erreichen"): it reads like a purpose but says what the reader does, not what the
   * data is used for.
   */
  readonly reachUs?: readonly string[];
  /** Connectors that tie a statement to a purpose ("in order to", "om ... te"). */
  readonly purposeLink: readonly string[];
  /**
   * How the answer under a purposes heading may open besides a purpose link: a bare infinitive
   * ("## Pour quoi faire ?" over "Te donner accès aux modules, t'envoyer les replays ..."). Asked
   * only of the paragraph right under such a heading.
   */
  readonly purposeOpen?: readonly string[];
  readonly dataCategories: readonly string[];
  readonly recipients: readonly string[];
  /**
   * "Nobody" as a whole answer ("No one.", "Met niemand."): under a heading about recipients
   * ("Who sees your data?") it says that nobody receives the data.
   */
  readonly nobody?: readonly string[];
  /**
   * A service used for a task that needs one ("We use Mailchimp to send our newsletter", "Les
   * paiements sont traités par Stripe"): with a capitalised name in it, it names a recipient
   * (Art. 13(1)(e) allows named recipients). Not German: its nouns are capitalised too.
   */
  readonly service?: readonly string[];
  /**
   * Selling the data. A sentence that only denies a sale ("we never sell your data to third
   * parties") says neither who receives the data nor that nobody does; one that also denies
   * passing it on ("we do not sell or share your data") says that nobody does.
   */
  readonly sale: {
    /** Selling or renting ("sell", "verkopen"). */
    readonly sell: readonly string[];
    /** Passing data on in any other way ("share", "disclose", "verstrekken"). */
    readonly passOn: readonly string[];
  };

  readonly basis: {
    /** Words that announce a legal basis in general ("legal basis", "grondslag", "Art. 6"). */
    readonly general: readonly string[];
    readonly grounds: Readonly<Record<Basis, readonly string[]>>;
    /** Words after a legitimate-interests cue that name the interest ("in", "namely", "such as"). */
    readonly interestLink: readonly string[];
    /**
     * A ground's bare name ("Your consent.", "Toestemming;"), which states it only as an item of a
     * list whose lead-in announces legal bases ("the lawful bases we rely on are:").
     */
    readonly listed?: Readonly<Partial<Record<Basis, readonly string[]>>>;
    /**
     * Words opening a sentence that point back to the one before ("This is", "Das ist"): "This is
     * our legitimate interest" after a sentence that says what for ties the basis to that purpose.
     */
    readonly anaphor?: readonly string[];
    /**
     * Words opening the sentence after one that a basis closes, that say what it is for ("... unser
     * berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO). Wir wollen einen fairen Server ...").
     */
    readonly interestNext?: readonly string[];
    /**
     * Words opening a clause that sets a condition ("where", "if", "soweit", "lorsque"): a basis
     * named in such a clause before a right ("Where we rely on consent, you may withdraw it")
     * says which processing the right covers, not that this notice relies on that basis.
     */
    readonly conditional?: readonly string[];
    /**
     * Words of a bare statement that data is processed ("process", "personal", "only"): a basis
     * closing a sentence is tied to the act the sentence states before it ("We put photos of
     * guests on our website only if you consent"), unless that is only such a statement. A pointer
     * to another part of the notice ("as described above") names no act either.
     */
    readonly bare?: readonly string[];
    /**
     * A clause that denies relying on a ground and ends with its name ("ne fonde pas les traitements
     * liés à ses missions sur l'intérêt légitime"): the negation stands further before the name than
     * negatedAt reads, so a ground's cue inside such a clause states nothing.
     */
    readonly denied?: readonly string[];
  };

  readonly retention: {
    /** Words about keeping or deleting data. */
    readonly keep: readonly string[];
    /** A concrete period ("7 years", "zes maanden"). */
    readonly period: readonly string[];
    /** An event that ends the period ("until you unsubscribe", "after the contract ends"). */
    readonly criterion: readonly string[];
    /** A statutory period named without its length ("the statutory retention period"): a criterion, but not a concrete one. */
    readonly statutory: readonly string[];
    /** Vague wording ("as long as necessary"). */
    readonly vague: readonly string[];
    /**
     * A vague extension after an ending event ("until you pass and for a bit after", "en nog even
     * daarna"): the event no longer ends the period, so the sentence does not make itself concrete.
     */
    readonly extension?: readonly string[];
    /** Answering a request within a time ("I'll do that within 30 days"): that time is no retention period. */
    readonly reply?: readonly string[];
    /**
     * The data in general ("your personal data") or words referring back ("it", "these"): a vague
     * period said of one kind of data ("Crash logs are kept as long as necessary") is made concrete
     * by its own sentence or by a later one referring back, not by a later one about other data.
     */
    readonly same?: readonly string[];
    /**
     * The personal pronouns among `same`, as words ("them", "ze", "elles"): a vague period said
     * only of one ("If you stop, we hang on to them for a while") is said of the data it stands for,
     * so a later period for other data does not answer it. Not "it" or a demonstrative ("this",
     * "dies"), which may stand for a processing or a period ("where we think it necessary").
     */
    readonly pronouns?: readonly string[];
  };

  readonly rights: {
    /** Words that frame a sentence as a right the reader has ("you have the right", "u kunt verzoeken"). */
    readonly frame: readonly string[];
    /** Cues that name a right on their own ("right to object"). */
    readonly named: Readonly<Record<Right, readonly string[]>>;
    /** Cues that need a frame or a rights section ("correct", "delete"). */
    readonly described: Readonly<Record<Right, readonly string[]>>;
    readonly withdrawConsent: readonly string[];
    /**
     * Words opening a sentence that refer to a right just named ("This right", "Dit recht"): the
     * sentence describes that right's scope ("This right does not apply where we must keep the data
     * to comply with a legal obligation"), not what this controller does.
     */
    readonly reference?: readonly string[];
    readonly complaintAction: readonly string[];
    readonly authority: readonly string[];
  };

  readonly automatedDecisions: readonly string[];
  /**
   * How a notice names the right not to be subject to a decision based solely on automated
   * processing (Art. 22): a sentence that states this right says nothing about whether such
   * decisions are taken, so it does not answer the automated-decisions item.
   */
  readonly automatedRight: readonly string[];
  readonly statutory: {
    /** Wording that answers the item on its own ("you are not obliged to provide"). */
    readonly direct: readonly string[];
    /** Providing data ("provide", "verstrekken"). */
    readonly provide: readonly string[];
    /** Obligation or consequence ("must", "required", "necessary to"). */
    readonly need: readonly string[];
  };

  readonly transfers: {
    /** Data leaving the EEA ("outside the EEA", "third country"). */
    readonly outside: readonly string[];
    /** Data staying inside ("within the EU", "servers in the Netherlands"). */
    readonly inside: readonly string[];
    readonly safeguards: readonly string[];
    /**
     * Words for recipients that name none ("a recipient", "third parties"): in a sentence about a
     * transfer outside the EEA they set its condition ("where a recipient is located outside the
     * EEA"); they do not say who receives the data.
     */
    readonly recipient?: readonly string[];
    /**
     * A transfer's necessity for a contract with the reader (Art. 49(1)(b)-(c): "necessary for the
     * performance of your booking"): its ground when said in the transfer's sentence, or in the next
     * one opening with a word pointing back to it ("This is ...", "Dit is ...", "This transfer ...").
     */
    readonly derogation?: readonly string[];
  };

  readonly dpo: {
    readonly term: readonly string[];
    /** Wording that says this controller has one ("our DPO", "we have appointed"). */
    readonly own: readonly string[];
  };

  readonly sources: {
    /** Data obtained from someone other than the reader. */
    readonly obtained: readonly string[];
    /** Named sources or categories of them. */
    readonly specific: readonly string[];
    /**
     * A lead-in to a list of sources ("from the following sources:"): when such a sentence ends
     * in a colon and a list follows, the list names the sources, whatever words it uses.
     */
    readonly listLeadIn?: readonly string[];
  };

  readonly lastUpdated: {
    readonly cue: readonly string[];
    readonly months: readonly string[];
  };

  readonly cookies: {
    readonly mention: readonly string[];
    readonly handling: readonly string[];
    readonly trackers: readonly string[];
  };

  readonly impliedConsent: readonly string[];
  readonly outdated: readonly OutdatedCue[];
  /** Words that show an old name is mentioned as history ("formerly", "invalidated"). */
  readonly historical: readonly string[];

  /** Messages and names, for every rule. */
  readonly rules: Readonly<Record<RuleId, RuleText>>;
  /** The notes' titles (catalogue.ts NOTE_IDS), as the quick fix that ignores one and the SARIF report name them. */
  readonly notes: Readonly<Record<NoteId, string>>;
  /** Extra sentences used by messages. */
  readonly phrases: {
    /** Hint when no DPO is mentioned at all. */
    readonly dpoHint: string;
    /** relatedInformation text pointing at a condition's trigger. */
    readonly triggeredBy: string;
    /** Appended to an outdated reference's message: "Use … instead." with {replacement}. */
    readonly useInstead: string;
    /** On a part written in another language than the notice is checked in, with {language}: that language's name. */
    readonly otherLanguage: string;
    /** The supported languages' names, as {language} in otherLanguage. */
    readonly languages: Readonly<Record<Lang, string>>;
  };
}
