using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Parley.Tests.Ingest.Html;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 (a free port) for fetch tests: each request's path goes to a route that returns
/// status, headers and a body writer. One connection per request; it stops when disposed.
/// </summary>
public sealed class LocalServer : IDisposable
{
    public sealed record Reply(int Status, string ContentType, Func<Stream, Task> Write, string? Location = null);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, Reply> _route;
    private readonly CancellationTokenSource _stop = new();
    public int Requests;

    public LocalServer(Func<string, Reply> route)
    {
        _route = route;
        _listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}";

    public static Reply Text(string contentType, string body, int status = 200) =>
        new(status, contentType, s => s.WriteAsync(Encoding.UTF8.GetBytes(body)).AsTask());

    public static Reply Bytes(string contentType, byte[] body) => new(200, contentType, s => s.WriteAsync(body).AsTask());

    public static Reply Redirect(string location) => new(302, "text/plain", _ => Task.CompletedTask, location);

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);
                var requestLine = await reader.ReadLineAsync() ?? "";
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync())) { }
                Interlocked.Increment(ref Requests);
                var path = requestLine.Split(' ').ElementAtOrDefault(1) ?? "/";
                var reply = _route(path);
                var head = new StringBuilder($"HTTP/1.1 {reply.Status} {(reply.Status == 200 ? "OK" : reply.Status == 302 ? "Found" : "Other")}\r\n");
                head.Append($"Content-Type: {reply.ContentType}\r\nConnection: close\r\n");
                if (reply.Location != null) head.Append($"Location: {reply.Location}\r\n");
                head.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
                await reply.Write(stream);
                await stream.FlushAsync();
            }
            catch (IOException) { }          // the client hung up (size cap, timeout): expected in those tests
            catch (SocketException) { }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}
