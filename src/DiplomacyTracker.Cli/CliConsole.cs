using System.Text;

namespace DiplomacyTracker.Cli;

/// <summary>Where the CLI writes: results to <see cref="Out"/>, errors, warnings and progress to <see cref="Error"/>.
/// Injected rather than <c>System.Console</c>, so tests run the whole CLI in-process with their own writers.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error, bool errorIsTerminal = false, Func<Stream>? openOutput = null)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>True when stderr is a terminal: progress then redraws one line instead of printing many.</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    /// <summary>Stdout as bytes (UTF-8), for large documents streamed straight out (`export --json`).</summary>
    public Stream OpenOutput() => openOutput?.Invoke() ?? new Utf8WriterStream(Out);

    /// <summary>The process's own stdout and stderr.</summary>
    public static CliConsole Standard() =>
        new(Console.Out, Console.Error, !Console.IsErrorRedirected, Console.OpenStandardOutput);

    /// <summary>A write-only stream that decodes UTF-8 bytes into a <see cref="TextWriter"/>.</summary>
    private sealed class Utf8WriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var chars = new char[_decoder.GetCharCount(buffer, offset, count)];
            var n = _decoder.GetChars(buffer, offset, count, chars, 0);
            writer.Write(chars, 0, n);
        }

        public override void Flush() => writer.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
