using System.Text.RegularExpressions;

namespace DiplomacyTracker.Extraction;

/// <summary>The same page furniture as the English lists, as German, French, Spanish, Italian, Portuguese and Dutch
/// pages write it, plus subscription prompts (paywalls) in those languages and English.</summary>
internal static partial class BoilerplateText
{
    /// <summary>Teaser inserts ("Lesen Sie auch", "À lire aussi", "Te puede interesar"): the article may resume after them.</summary>
    [GeneratedRegex(@"^(?:(?:das )?könnte (?:sie|dich) (?:auch )?interessieren|sie könnten auch an .{0,40} interessiert sein|auch interessant|lesen sie (?:auch|mehr)|lies auch|mehr zum thema.{0,40}|weitere (?:artikel|beiträge|nachrichten|meldungen)|weitere (?:aktuelle )?themen.{0,50}|weitere informationen.{0,60}|ähnliche (?:artikel|beiträge)|verwandte (?:artikel|themen)|empfehlungen(?: aus .{0,30})?|unsere empfehlungen|top[- ]themen.{0,30}|schon gelesen\??|meistgelesen|am meisten gelesen|beliebte (?:artikel|beiträge)|mehr aus .{0,30}|(?:à )?lire (?:aussi|également)|sur le même (?:sujet|thème)|articles? (?:similaires|liés|associés)|vous aimerez aussi|(?:à )?voir aussi|les plus lus|(?:lee|lea) también|(?:le|te) puede(?:n)? interesar|también (?:le|te) puede interesar|(?:noticias|artículos|notas) relacionad[oa]s|más noticias|lo más (?:leído|visto)|leggi anche|articoli correlati|potrebbe interessarti|ti potrebbe interessare|leia também|veja também|notícias relacionadas|mais lidas|lees ook|gerelateerde artikelen|meer nieuws)\s*[:.!?]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignInsertHeading();

    /// <summary>End sections (comments, tags, sharing, ratings, the author, contacts): everything under them goes.</summary>
    [GeneratedRegex(@"^(?:\d+\s+)?(?:kommentare?(?: schreiben| geschlossen| verfassen)?|kommentar schreiben|leserkommentare|diskussion|commentaires?|laisser un commentaire|comentarios?|deja (?:un|tu) comentario|commenti|lascia un commento|comentários|deixe um comentário|reacties|reageer|(?:diesen |den )?(?:artikel|beitrag|seite) teilen|teilen|mit freunden teilen|jetzt teilen|partager(?: (?:cet|l')article)?|compartir(?: (?:en|esta noticia))?|comparte(?: esta noticia)?|condividi(?: (?:su|questo articolo))?|compartilhe|compartilhar|deel (?:dit )?(?:artikel|bericht)?|schlagw(?:orte|örter)|stichw(?:orte|örter)|themen|mots[- ]clés|etiquetas|palabras clave|(?:wie )?bewerten sie diesen (?:artikel|beitrag)\??|war (?:dieser|der) (?:artikel|beitrag) hilfreich\??|(?:über|zum) (?:den )?autor(?:in)?|zur person|(?:à propos de|sur) l'auteur|sobre el autor|(?:presse)?kontakt|ansprechpartner(?:in)?|pressekontakt|contact(?:o)?)\s*[:.!?]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignTerminalHeading();

    /// <summary>One-line furniture: ad marks, share and print labels, picture credits, "read also" lines, log-in notices.</summary>
    [GeneratedRegex(@"^(?:-?\s*(?:anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|sponsored content|gesponsert)\s*-?|mit freunden teilen|artikel teilen|drucken|teilen|partager|imprimer|compartir|imprimir|condividi|stampa|(?:lesen sie (?:auch|mehr)|lies auch|mehr zum thema|auch interessant|lire aussi|à lire aussi|voir aussi|(?:lee|lea) también|leer más|ver también|leia também|veja também|leggi anche|lees ook)\s*:.*|(?:foto|fotos|bild|bilder|quelle|crédits? photos?|photo|source|fuente|créditos?|fonte)\s*:\s*.{1,100}|(?:aktualisiert|actualizado|mis à jour|atualizado|aggiornato)\s*:?|von\s*:|sie sind (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignLabel();

    /// <summary>Reading-time stamps ("5 min read", "Lesezeit: 3 Minuten", "weiterlesen 5 Minuten") and links to the next
    /// or previous post ("Vorschau auf den nächsten Artikel", "Next post", "Article précédent").</summary>
    [GeneratedRegex(@"^(?:(?:weiterlesen|lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:minuten|minute|min\.?|minutes?|mins?|minutos?|minuti)|\d+\s*(?:minutes?|mins?|min\.?|minuten|minutos?|minuti)\s*(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura)|(?:vorschau auf den )?(?:nächste[nrs]?|vorherige[nrs]?|previous|next|older|newer)\s+(?:artikel|beitrag|post|article|story|entry)|(?:article|beitrag|post|artículo|articolo)\s+(?:précédent|suivant|anterior|siguiente|precedente|successivo))\s*[:»«›‹>→←]?$", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationLabel();

    /// <summary>A question to the reader about the site ("Gefällt dir unser Magazin?", "Kennt ihr schon unseren …?").</summary>
    [GeneratedRegex(@"\b(?:gefällt (?:dir|ihnen|euch)|kennt ihr schon|kennen sie schon)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReaderQuestion();

    /// <summary>Every paywall prompt has one of these; looking for them first spares the regex on almost every block.</summary>
    private static readonly System.Buffers.SearchValues<string> PaywallWords = System.Buffers.SearchValues.Create(
        ["subscri", "member", "abonn", "weiterlesen", "suscr", "socio", "abbona", "assine"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Subscription prompts in front of a paywall, in the article's place.</summary>
    [GeneratedRegex(@"\b(?:to (?:view|read|continue reading|keep reading) (?:the full|this|the rest of (?:this|the)) (?:story|article)|(?:already|you're already) a (?:subscriber|member).{0,80}(?:log ?in|sign ?in)|first-time subscribers|subscribe (?:now|today) (?:to|for)|this (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:subscribers|members)|(?:jetzt|hier) (?:abonnieren|weiterlesen)|mit .{0,20}(?:plus|\+) weiterlesen|(?:lesen sie|weiterlesen) mit .{0,30}(?:plus|\+|abo)|abonnez-vous|réservé aux abonnés|suscríbete|hazte (?:miembro|socio)|contenido exclusivo para suscriptores|abbonati|assine (?:já|agora))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaywallPrompt();
}
