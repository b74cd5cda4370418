namespace DiplomacyTracker.Extraction;

/// <summary>What kind of block a paragraph of output came from.</summary>
internal enum BlockKind { Paragraph, Heading, ListItem, Quote, Table, Preformatted }

/// <summary>One paragraph of rendered article text, with how much of it was link text.</summary>
internal sealed record TextBlock(string Text, BlockKind Kind, int HeadingLevel, int LinkLength)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkLength / Text.Length;
}
