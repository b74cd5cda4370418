using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace DiplomacyTracker.Web.Tests.Trust;

/// <summary>
/// A form body that sends its first bytes and then nothing more until <see cref="Finish"/> (or disposal): what a client
/// uploading at a few bytes a second looks like to the server, without a test waiting on the wall clock.
/// </summary>
public sealed class SlowBody : HttpContent
{
    private readonly byte[] _first;
    private readonly long _declaredLength;
    private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SlowBody(string firstPart, long declaredLength)
    {
        _first = Encoding.ASCII.GetBytes(firstPart);
        _declaredLength = declaredLength;
        Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        Headers.ContentLength = declaredLength;
    }

    /// <summary>Set once the server has the first bytes.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Finish() => _finish.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_first);
        await stream.FlushAsync();
        Started.TrySetResult();
        await _finish.Task;
        var rest = new byte[_declaredLength - _first.Length];
        Array.Fill(rest, (byte)'x');
        await stream.WriteAsync(rest);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _declaredLength;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        _finish.TrySetResult();
        base.Dispose(disposing);
    }
}
