/**
 * Precision on thorough notices: one hundred and thirty-five notices (thirty to forty-one each in English, Dutch, German and French,
 * in Markdown and plain text: businesses, a charity, a municipality, clubs, a mobile app, a
 * childcare centre in numbered articles, a debt-counselling supplier of municipalities with a table
 * of purposes, bases and periods, a GP practice, a web shop with a table of rights, a hospice's supporters, a dental practice, a tax
 * adviser, a Belgian youth centre, a music school, a speech therapist, a climbing centre, a dietitian,
 * a SaaS start-up with a table of rights, a primary school, a coworking space, a scout group, a tea shop, an online course platform, a housing association, a hotel, a French municipality, a car club, an invoicing SaaS with a table of processors, a retailer's long global notice with a California part, a scheduling SaaS that is both controller and processor, a university's notice for applicants, a fitness chain in three countries, a Flemish school, a French engineering firm's notice for job applicants, an Irish athletics club with juvenile members, a Flemish online marketplace, a Swiss firm's notice for applicants under the DSG and the DSGVO, a Luxembourg psychotherapist, a Belgian youth football club, an architects' website notice in the shape of the German online generators, a haulage firm's notice for employees and applicants, a French estate agency under the CNIL's model headings, a French GP practice, then a care service's notice for applicants and an online tea shop, a UK veterinary group after Brexit, an Irish carers' charity under question headings, a Dutch GP practice, a Dutch temp agency, a Flemish temp agency, a UK day nursery, a French online bank and an e-learning platform of 3,000 words and more, a Luxembourg fiduciary, a Belgian titres-services company, a cycle-tracking app, a classified-ads platform, a B2B software company that is controller and processor, a supermarket's rewards programme, an English dating app, a Maltese online casino, a Scottish hotel with CCTV, a Dutch dating app, two corporate notices of over 3,000 words each, an energy supplier's and an insurer's, with many sections, a purpose each with its basis, lists of recipients and hedging, then a Flemish ziekenfonds, a telecom provider and a Flemish OCMW's Sociaal Huis, then two long German corporate notices of 3,000 words, an online shop with purchase on account after a credit check and a group's notice for applicants under joint controllership, a dating app, then a grammar school, a joinery's website notice in the German generator's numbered chapters, a bike shop's Dutch template notice, a riding school under the CNIL model's headings, a music club in the German template's Roman-numbered chapters, a UK charity's supporter notice and a car dealer group's notice of 3,000 words and more, a trade-show organiser under question headings, an online doctor and pharmacy app, a walking-holiday tour operator, an online pharmacy and a car dealer's private-lease notice with a table of purposes, bases and periods, both of 3,000 words, a Flemish festival's FAQ, then a political party's reglement and a GP out-of-hours service's triage app, a Flemish woonzorgcentrum, a German online pharmacy with a telemedicine app and a car dealer with a table of purposes, bases and periods, of 3,000 words each, and a Swiss watchmaker under the revised DSG and the DSGVO, then a trade fair's notice in questions and answers and a statutory health insurer's, a French mutuelle and a car dealer with financing of 3,000 words each, a Belgian trade union, an online pharmacy, a Luxembourg parish, a university research project's participant notice and a newspaper publisher's reader notice of 3,000 words each, a borough council's consultations and e-petitions service, a chartered professional body's notice for members, an Irish government department's grants portal, a county library service's app, a Walloon e-service under eID and itsme, a French state platform and a French newspaper with a paywall and advertising technology of 3,000 words each, a Belgian research cohort, a Luxembourg software firm, a hogeschool research project and a Dutch regional newspaper of 3,000 words each, a Flemish agency's e-loket, a Flemish university's survey panel, a Dutch municipality's online application for special assistance, a public library, a university department's website notice in the German generator's Roman-numbered chapters and a German regional newspaper publisher's of 3,000 words each, an Austrian municipality's Bürgerservice, a research institute's notice with its overview table flattened into lines, a district's adult education centre, a small B2B software firm that is controller and processor, a Dutch bank and a Flemish department store with a marketplace and a loyalty card of 3,000 words each, a hospital's privacyreglement converted from a PDF, a Flemish hospital's patient notice, a pension fund) written for this test the way careful controllers write them, and
 * annotated by hand in gold.json before the checker was run on them. Each gives every item it
 * needs, often in words of its own rather than the regulation's: "take the matter up with the Data
 * Protection Commission", "die keuze herroepen", "diese Entscheidung trifft das Shopsystem
 * automatisch", "saisir la Commission nationale de l'informatique et des libertés", a transfer
 * under an adequacy decision, model clauses or Art. 49, sources named for Art. 14. A finding on
 * such a notice is a false "missing", which costs the reader's trust.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { assertWellAnnotated, checkSet, summary, type AccuracySet } from './accuracySet';

const DIR = path.resolve(__dirname, '../fixtures/thorough');
/**
 * Measured: no false finding over the one hundred and thirty-five notices (de-tischlerei-almstedt's vague-retention, the one
 * left on main 9242788, a generator's fallback, is answered since session 14 by the periods of two later sections). The first eight had 15 before the cue phrases
 * they taught were added; the four written after those fixes had 4 of their own before theirs; the
 * first five of session 6 had 7 before theirs, and four written after those fixes had 4 before theirs;
 * the three of session 7 had 2 before theirs (a restriction and a consequence in words of their own); the four of session 8 had 15 before theirs
 * (rights under question headings and in words of their own), and the two written after those fixes 5
 * before theirs; the four of session 9 had 4 before theirs (a Dutch separable verb, "tijdelijk niet te
 * gebruiken", a German interest in a long zu-clause, "sur le seul fondement d'un traitement automatisé"),
 * and the two written after those fixes 2 before theirs (keeping data "without using it", periods in a
 * table whose header row names them). The four of session 10 (a long global notice, a SaaS that is also a
 * processor, a university, a chain in three countries) had 1 before theirs (a long subject before "n'est fondée
 * exclusivement sur un traitement automatisé"), and the two written after those fixes 3 before theirs (the
 * Flemish Toezichtcommissie, "aucun tri automatique des candidatures", a citation in brackets before "que vous
 * pouvez retirer"). The four of session 10's last round (an Irish athletics club, a Flemish marketplace, a Swiss
 * firm's applicants, a Luxembourg psychotherapist, a Belgian youth football club) had 7 before theirs ("limit its use", "welke gegevens we over u
 * hebben", "volledig automatisch", a Swiss "Auftragsbearbeiter", "Unser berechtigtes Interesse (...) ist, ... zu",
 * "nur Cookies, die ... nötig sind", "In andere Länder geben wir keine"), and the Belgian youth club written after
 * those fixes 1 before its own (purposes in a list under "Pour quoi faire et sur quelle base ?"). The four
 * German and French notices of session 11 (a generator-made website notice, an employee notice, a CNIL-template
 * notice, a GP practice) had 3 before theirs (sources "vom Bundeszentralamt für Steuern" and "von Ihrer
 * Krankenkasse", "repose sur votre consentement, que vous pouvez retirer ..." after the newsletter it is for, a
 * basis "nécessaire aux fins de ..." with an article 9 citation between), and the two written after those fixes
 * none. The four English and Dutch notices of session 11 (UK vets, an Irish charity's FAQ, a GP practice, a temp
 * agency) had 2 before theirs ("we cannot arrange support without your contact details", data received "van andere
 * zorgverleners"); the two written after those fixes (a Flemish temp agency, a UK day nursery in "1." and "1.1"
 * numbering) had none. Two written late in session 11 for an honest estimate (a municipality's
 * parking app, a pharmacy with e-prescriptions) had 1 before theirs ("De app gebruikt geen trackingcookies"). The three
 * French notices of session 12 (an online bank and an e-learning platform of 3,000 words and more each, a Luxembourg
 * fiduciary) had 2 before theirs, both on the fiduciary (a possible transfer framed by "les garanties prévues au chapitre V
 * du RGPD", a basis after the label of a lettered paragraph "d) Envoi de notre lettre d'information : votre consentement"); the two written after those fixes (a Belgian
 * titres-services company, a cycle-tracking app with health data by explicit consent) none, nor the classified-ads platform written after
 * their own.
 * The three English notices of session 12 (a B2B software company that is controller for account and billing data and
 * processor for what its customers upload, with a sub-processor table, and a supermarket's rewards programme with
 * profiling and partners, both long and corporate at 3,000 words and more, hence the word limit of 3,500; and a dating
 * app relying on explicit consent) had none, and the Maltese online casino and a Scottish hotel with CCTV and a guest
 * Wi-Fi, written after the fixes they taught, none either. The three Dutch notices of session 12 (a dating app, an
 * energy supplier's and an insurer's corporate notices of 3,000 words) had none; the two written after those fixes (a
 * Flemish ziekenfonds, a telecom provider) 1 before their own ("Een beslissing die je in aanmerkelijke mate treft,
 * wordt dus nooit alleen door een computer genomen"), and the OCMW written after theirs 2 before its own ("We maken
 * geen profielen" under "Beslist een computer?", consent "als je daarvoor je toestemming geeft" not read, so the
 * consent named again in the portability sentence was taken for a basis without a purpose). The three German notices
 * of session 12 (an online shop with purchase on account, SCHUFA and an automated decision with the right to a
 * person's intervention, a group's applicant notice under Art. 26 with standard contractual clauses, a dating app with
 * explicit consent for special categories and profiling) had 2 before theirs ("mit den Einschränkungen nach den §§ 34
 * und 35 BDSG" taken for the old Act, an interest in "ist es, ... zu"), and a grammar school's notice under the
 * Schulgesetz written after those fixes none.
 * The three of session 12 in the shapes of widely used generators and templates (a joinery's website notice in the
 * German generator's numbered chapters, a bike shop's Dutch "privacyverklaring" template filled in well, a riding
 * school under the CNIL model's headings) had none, and a music club's notice in the German template's Roman-numbered
 * chapters written after their fixes none.
 * The three English notices of session 13 (a UK sight-loss charity's supporter notice of 3,960 words with Gift Aid,
 * wealth screening and prospect research as profiling; a car dealer group's notice of 3,070 words with credit
 * broking, a lender as separate controller, connected-car data and a Purpose | Legal basis | How long table; an Irish
 * trade-show organiser's notice under question headings with badge scanning, sponsors by consent and photography)
 * had none before any fix; an online doctor and pharmacy app's notice (health data under Art. 9(2)(h), a GP summary by
 * explicit consent, statutory record periods, a US video platform under the IDTA) written after their fixes none, and
 * a walking-holiday tour operator's (passport data for border authorities, health data by explicit consent, the
 * contract derogation for destinations without adequacy) written after all of them none.
 * The three Dutch notices of session 13 (an online pharmacy of 3,000 words with the WGBO's 20 years, a processor in the
 * US and a DPO; a car dealer's private-lease notice of 3,000 words with a | Doel | Grondslag | Bewaartermijn | table, a
 * credit check and the lease company's automated decision; a Flemish festival's FAQ) had 1 before theirs ("Gaf je
 * toestemming, bijvoorbeeld voor de nieuwsbrief of de sponsors, dan kan je die altijd intrekken"); the two written after
 * those fixes (a political party with Art. 9(2)(d) and a purpose per bullet ending "Grondslag: X.", a GP out-of-hours
 * triage app) 3 before their own ("Grondslag: je toestemming." not read as consent, so a consent in a sources clause was
 * the only one and tied to nothing; "Ons gerechtvaardigd belang is in het eerste geval dat ..."; "Toestemming voor het
 * Landelijk Schakelpunt of pushberichten kunt u altijd intrekken"); a Flemish woonzorgcentrum's notice written after
 * theirs 1 before its own ("enkel met uw toestemming (of die van uw vertegenwoordiger), die u altijd kunt intrekken").
 * The three German notices of session 13 (an online pharmacy with a telemedicine app and a helpdesk in the USA under
 * standard contractual clauses, and a car dealer with a table of purposes, bases and periods, SCHUFA and the bank's
 * automated decision, both of 3,000 words; a Swiss watchmaker under the revised DSG and the DSGVO with an Art. 27
 * representative and the EDÖB) had 1 before theirs (dealers as the source, "Autorisierte Fachhändler ... übermitteln
 * uns", not read as a named source), and a trade fair's FAQ written after those fixes, every heading a question, 1
 * before its own (the supervisory authority named under "Wo kann ich mich beschweren?" with no complaint verb in the
 * answer), and a statutory health insurer's notice written after that 1 before its own ("Wir löschen Sozialdaten,
 * sobald sie ... nicht mehr erforderlich sind" not rescued by the periods that follow: "Sozialdaten" was not read as the
 * data in general).
 * The three French notices of session 13 (a mutuelle's and a car dealer's with financing, each of 3,000 words, long and
 * institutional, the dealer's purposes, bases and periods in a Markdown table and its financing by a separate controller
 * with an automated score; a Belgian trade union and its unemployment payment body) had none before any fix, and an
 * online pharmacy written after the fixes of the French sloppy notices none either, nor a Luxembourg parish written after
 * the next ones.
 * The three English notices of session 14 (a university research project's participant notice of 3,230 words: public
 * task, the research condition of Art. 9(2)(j), a pseudonymisation key, archiving, a consent form said not to be the
 * lawful basis, 10 years after publication, research exemptions to the rights, the EEA under UK adequacy and Canada
 * under the IDTA; a borough council's consultations and e-petitions service: public task, the equality duty, the
 * electoral register as a source; a newspaper publisher's reader notice of 3,360 words: subscriptions, a metered
 * paywall, comments with a filter, a consent platform under the TCF, audience segments, the journalism exemption, a
 * flattened cookie table) had none before any fix, and a chartered professional body's notice for members, applicants and
 * the public (conduct cases with conviction data, a public register, referees as a source, no DPO appointed, branch
 * committees abroad under the IDTA) written after the fixes of the English sloppy notices none either, nor an Irish
 * government department's grants portal (public task under section 38 of the Data Protection Act 2018, tax clearance,
 * referees named by applicants as a source, Freedom of Information, "Purpose: ... Legal basis: ..." lines) written after
 * the next ones, nor a county library service's app (the Public Libraries and Museums Act 1964 as the public task, filtering
 * logs, an e-book platform in the US under the IDTA Addendum) written after all of them.
 * The three French notices of session 14 (a Walloon e-service under eID and itsme drawing on the Registre national and
 * the SPF Finances; a French state platform of 3,288 words with a purpose table flattened to lines, an algorithmic
 * decision under the CRPA, directives post mortem and a ministerial DPD; a newspaper of 3,023 words with a pay-or-accept
 * consent tool, the TCF, comments and the soft opt-in as a legitimate interest) had 3 before their fixes (a public body
 * that "ne fonde pas les traitements liés à ses missions sur l'intérêt légitime", read as invoking it and as a basis
 * tied to nothing; "La poursuite de la navigation ne vaut pas consentement" read as implied consent); a Belgian research
 * cohort's notice written after those fixes (Art. 9(2)(j), the consent to take part said not to be the basis) none,
 * nor a Luxembourg point-of-sale software firm's written after the next ones (a purpose | basis table, processor role).
 * The three Dutch notices of session 14 (a hogeschool research project of 3,000 words: public task and art. 9(2)(j), the
 * informed consent as an ethical requirement, a flattened | Doel | Gegevens | Grondslag | table, a Canadian partner under
 * adequacy; a Flemish agency's e-loket with the Rijksregister, MAGDA and the Vlaamse Toezichtcommissie; a regional
 * newspaper of 3,400 words with a TCF consent platform, profiling and an italic "Kort: ..." summary under every heading)
 * had 1 before theirs ("*Kort: niet langer dan nodig, en voor de meeste gegevens gelden vaste termijnen.*" not rescued by
 * the periods that follow: "de meeste gegevens" was not read as the data in general); a Flemish university's research
 * panel sampled from the Rijksregister, written after those fixes, none, nor a Dutch municipality's online application
 * for special assistance (Participatiewet, Suwinet, the BRP) written after the next ones; a public library's reglement
 * with a purpose/basis table, written after those, 1 before its own (portability as "uw leengeschiedenis in een bestand
 * meekrijgen om elders te gebruiken").
 * The three German notices of session 14 (a university department's website notice in the generator's Roman-numbered
 * chapters, 3,385 words, with Moodle, exams, a study participant pool and YouTube on consent; a regional newspaper
 * publisher's of 3,073 words with a consent management platform, TCF partners and profiling or a Pur-Abo, IVW, a paywall,
 * comments, delivery, list broking and social pages under Art. 26; an Austrian municipality's Bürgerservice under the
 * ZMR and the BAO) had none before any fix, nor a research institute's written after the fixes of the German sloppy
 * notices (its purpose, data, basis and period table flattened into "|" lines by a conversion to Markdown, "++" marks),
 * nor a district's adult education centre written after the next ones (public task, integration courses with data from
 * the BAMF and job centres), nor a small B2B software firm's (controller for its website and customers' contacts,
 * processor for its customers' staff data, no DPO appointed) written after the next ones.
 * The five Dutch notices of session 15: a bank's of 3,036 words (Wwft, BKR, an automated credit decision with human
 * intervention, retention and cookie tables flattened into lines) and a Flemish department store's with a marketplace and
 * a loyalty card of 3,043 words had none before any fix; a hospital's privacyreglement converted from a PDF (hard wraps,
 * words hyphenated at line ends, page footers and running headers, numbered paragraphs) had 1 (a numbered paragraph
 * hard-wrapped mid-phrase was read as a heading, cutting "geautomatiseerde / verwerking" in two); a Flemish hospital's
 * patient notice written after those fixes none; a pension fund's written after the next ones 1 (a pension paid abroad
 * "nodig voor de uitvoering van de uitbetaling aan u", art. 49(1)(b) in words).
 */
const MAX_FALSE_FINDINGS = 0;

describe('Accuracy on thorough notices', function () {
  this.timeout(60_000);
  let set: AccuracySet;

  before(() => {
    set = checkSet(DIR);
  });

  it('has one hundred and thirty-five notices, ten or more per language, each annotated on the 27 ids with evidence on its line', () => {
    const langs = Object.values(set.gold).map((g) => g.language).sort();
    assert.deepEqual(langs, [...Array<string>(31).fill('de'), ...Array<string>(30).fill('en'), ...Array<string>(33).fill('fr'), ...Array<string>(41).fill('nl')]);
    assertWellAnnotated(DIR, set.gold, { min: 300, max: 4000 });
  });

  it('detects the language of every notice', () => {
    assert.equal(set.overall.languageRight, 135, set.overall.mismatches.filter((m) => m.includes('language')).join('\n'));
  });

  it(`reports at most ${MAX_FALSE_FINDINGS} false findings over the one hundred and thirty-five notices`, () => {
    assert.ok(set.overall.fp <= MAX_FALSE_FINDINGS, summary(set.overall));
  });
});
