namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Reads a request body into memory, refusing it past <c>cap</c> bytes or when it arrives slower than
/// <c>minBytesPerSecond</c> on average once <c>grace</c> has passed. The deadline is a timer on the app's
/// <see cref="TimeProvider"/>: each chunk that arrives moves it to start + grace + bytes so far / rate. Under Kestrel the
/// server's own minimum data rate (the same figure, two seconds' less grace) usually cuts a slow body first; this timer
/// is what holds on any other server and in the tests.
/// </summary>
public sealed class BodyReader(TimeProvider clock, int minBytesPerSecond, TimeSpan grace)
{
    public sealed class TooLargeException : Exception;

    public sealed class TooSlowException : Exception;

    public async Task<MemoryStream> ReadAsync(Stream body, long cap, CancellationToken aborted)
    {
        var started = clock.GetUtcNow();
        using var slow = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, slow.Token);
        await using var deadline = clock.CreateTimer(static s => ((CancellationTokenSource)s!).Cancel(), slow, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            while (true)
            {
                if (minBytesPerSecond > 0)
                {
                    var due = started + grace + TimeSpan.FromSeconds((double)buffer.Length / minBytesPerSecond) - clock.GetUtcNow();
                    deadline.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
                }
                var read = await body.ReadAsync(chunk, linked.Token);
                if (read == 0) break;
                if (buffer.Length + read > cap) throw new TooLargeException();
                buffer.Write(chunk, 0, read);
            }
        }
        catch (OperationCanceledException) when (slow.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            await buffer.DisposeAsync();
            throw new TooSlowException();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status408RequestTimeout)
        {
            // Kestrel's own minimum data rate (set to the same figure) noticed first.
            await buffer.DisposeAsync();
            throw new TooSlowException();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await buffer.DisposeAsync();
            throw new TooLargeException();
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
        buffer.Position = 0;
        return buffer;
    }
}
