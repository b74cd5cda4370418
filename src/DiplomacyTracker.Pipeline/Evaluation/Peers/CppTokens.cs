using System.Text;

namespace DiplomacyTracker.Evaluation.Peers;

/// <summary>A token of a C++ test file: a string literal (its bytes as UTF-8 text), a name (<c>absl::StrCat</c>), or one punctuation character.</summary>
internal sealed record CppToken(CppTokenKind Kind, string Text, int Line);

internal enum CppTokenKind { String, Name, Number, Punctuation }

/// <summary>Just enough of a C++ lexer to read gtest files: comments skipped, string literals decoded with their escapes.</summary>
internal static class CppTokens
{
    public static List<CppToken> Read(string source)
    {
        var tokens = new List<CppToken>();
        var line = 1;
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '\n') { line++; i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '/' && i + 1 < source.Length && source[i + 1] == '/') { while (i < source.Length && source[i] != '\n') i++; continue; }
            if (c == '/' && i + 1 < source.Length && source[i + 1] == '*')
            {
                var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var stop = end < 0 ? source.Length : end + 2;
                line += source.AsSpan(i, stop - i).Count('\n');
                i = stop;
                continue;
            }
            if (c == '#') { while (i < source.Length && source[i] != '\n') i++; continue; } // preprocessor lines
            if (c == '"') { tokens.Add(new CppToken(CppTokenKind.String, ReadString(source, ref i), line)); continue; }
            if (c == '\'') { i++; while (i < source.Length && source[i] != '\'') i += source[i] == '\\' ? 2 : 1; i++; continue; }
            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < source.Length && (char.IsLetterOrDigit(source[i]) || source[i] == '_' || (source[i] == ':' && i + 1 < source.Length && source[i + 1] == ':')))
                    i += source[i] == ':' ? 2 : 1;
                tokens.Add(new CppToken(CppTokenKind.Name, source[start..i], line));
                continue;
            }
            if (char.IsDigit(c))
            {
                var start = i;
                while (i < source.Length && char.IsLetterOrDigit(source[i])) i++;
                tokens.Add(new CppToken(CppTokenKind.Number, source[start..i], line));
                continue;
            }
            tokens.Add(new CppToken(CppTokenKind.Punctuation, c.ToString(), line));
            i++;
        }
        return tokens;
    }

    /// <summary>A string literal's bytes (the file is UTF-8; <c>\xEF</c> escapes are raw bytes) decoded as UTF-8, as the C++ code would pass them.</summary>
    private static string ReadString(string source, ref int i)
    {
        var bytes = new List<byte>();
        var utf8 = new byte[4];
        i++; // opening quote
        while (i < source.Length && source[i] != '"')
        {
            if (source[i] != '\\')
            {
                var rune = Rune.GetRuneAt(source, i);
                bytes.AddRange(utf8.AsSpan(0, rune.EncodeToUtf8(utf8)).ToArray());
                i += rune.Utf16SequenceLength;
                continue;
            }
            var e = source[i + 1];
            i += 2;
            switch (e)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case '0': bytes.Add(0); break;
                case 'x':
                    var start = i;
                    while (i < source.Length && Uri.IsHexDigit(source[i])) i++;
                    bytes.Add(Convert.ToByte(source[start..i], 16));
                    break;
                default: bytes.Add((byte)e); break;
            }
        }
        i++; // closing quote
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
