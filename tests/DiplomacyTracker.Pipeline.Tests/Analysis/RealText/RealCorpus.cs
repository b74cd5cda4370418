using DiplomacyTracker.Analysis;
using DiplomacyTracker.Evaluation;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>The real-news corpora copied under TestData/Corpus (real-en, real-ko; sources in TestData/Corpus/README.md).</summary>
internal static class RealCorpus
{
    public static string Dir(string set) => Path.Combine(AppContext.BaseDirectory, "TestData", "Corpus", set);

    private static readonly Lazy<ActorCatalog> LazyReference = new(ActorCatalog.FromEmbeddedReference);

    /// <summary>The curated reference catalog, as a fresh install (and the CLI's `analyze`) has it.</summary>
    public static ActorCatalog Reference => LazyReference.Value;

    private static readonly Dictionary<string, Lazy<CorpusReport>> Reports = new()
    {
        ["real-en"] = new(() => CorpusRunner.Run(CorpusArticle.LoadSet(Dir("real-en")), Reference)),
        ["real-ko"] = new(() => CorpusRunner.Run(CorpusArticle.LoadSet(Dir("real-ko")), Reference)),
    };

    /// <summary>The whole set analysed once per test run and scored with score_statements.py's rule.</summary>
    public static CorpusReport Report(string set) => Reports[set].Value;
}
