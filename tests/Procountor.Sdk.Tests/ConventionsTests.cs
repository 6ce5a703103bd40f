using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Procountor.FakeServer;
using Procountor.Sdk.Tests.Support;

namespace Procountor.Sdk.Tests;

public sealed class ConventionsTests
{
    [Fact]
    public async Task A_batch_of_450_ids_is_three_requests_merged_without_duplicates_in_the_order_asked()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        var ids = Enumerable.Range(1, 450).Select(i => (long)(451 - i)).ToList();
        ids.AddRange([7, 7, 300]);

        var invoices = await test.Api.GetInvoicesAsync(ids);

        Assert.Equal(Enumerable.Range(1, 450).Select(i => (long)(451 - i)), invoices.Select(i => i.Id!.Value));
        var batches = server.Requests.Where(r => r.Method == "GET" && r.Path.Contains("/invoices/", StringComparison.Ordinal)).ToArray();
        Assert.Equal([200, 200, 50], batches.Select(r => r.Path.Split('/').Last().Split(',').Length).Order().Reverse());
        Assert.Equal(450, batches.SelectMany(r => r.Path.Split('/').Last().Split(',')).Distinct().Count());
    }

    [Fact]
    public async Task A_batch_skips_unknown_ids_and_a_request_whose_ids_are_all_unknown()
    {
        await using var server = await FakeProcountorServer.StartAsync(data: FakeData.Seeded(invoices: 250));
        using var test = TestClient.For(server);

        var invoices = await test.Api.GetInvoicesAsync(Enumerable.Range(1, 400).Select(i => (long)i).Append(9_999));

        Assert.Equal(250, invoices.Count);
        Assert.Equal(3, server.Requests.Count(r => r.Path.Contains("/invoices/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_batch_chunk_of_one_id_reads_the_single_resource_the_api_answers_with()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var invoices = await test.Api.GetInvoicesAsync(Enumerable.Range(1, 201).Select(i => (long)i));

        Assert.Equal(201, invoices.Count);
        Assert.Contains(server.Requests, r => r.Path.EndsWith("/invoices/201", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paging_walks_every_page_and_stops_at_the_total_without_an_empty_request()
    {
        await using var server = await FakeProcountorServer.StartAsync(data: FakeData.Seeded(invoices: 400));
        using var test = TestClient.For(server);

        var all = new List<InvoiceBasicInfo>();
        await foreach (var invoice in test.Api.AllInvoicesAsync(pageSize: 200))
            all.Add(invoice);

        Assert.Equal(Enumerable.Range(1, 400).Select(i => (long)i), all.Select(i => i.Id!.Value));
        Assert.Equal(["?page=0&size=200", "?page=1&size=200"], server.RequestsTo("GET", "/invoices").Select(r => r.Query));
    }

    [Fact]
    public async Task Paging_stops_at_a_short_page_and_fetches_lazily()
    {
        await using var server = await FakeProcountorServer.StartAsync(data: FakeData.Seeded(invoices: 120));
        using var test = TestClient.For(server);

        var firstFive = new List<InvoiceBasicInfo>();
        await foreach (var invoice in test.Api.AllInvoicesAsync(pageSize: 50))
        {
            firstFive.Add(invoice);
            if (firstFive.Count == 5)
                break;
        }
        var all = await test.Api.AllInvoicesAsync(pageSize: 50).CountAsync();

        Assert.Equal(120, all);
        Assert.Equal(4, server.RequestsTo("GET", "/invoices").Count); // 1 for the first five, then pages 0, 1, 2
    }

    [Fact]
    public async Task A_page_size_over_200_is_refused_before_sending()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var e = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await test.Api.AllInvoicesAsync(pageSize: 201).CountAsync());

        Assert.Equal("pageSize", e.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Business_partner_lookups_send_name_and_identifier_as_headers_not_in_the_url()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var byName = await test.Api.SearchBusinessPartnersAsync(name: "kala");
        var byId = await test.Api.SearchBusinessPartnersAsync(identifier: "1234562-2");

        Assert.Equal(["Oy Kala Ab", "Kalastajat Oy"], byName.Results!.Select(p => p.Name));
        Assert.Equal("Metsä Oy", byId.Results!.Single().Name);
        var lookups = server.RequestsTo("GET", "/businesspartners");
        Assert.Equal("kala", lookups[0].Header("name"));
        Assert.Equal("1234562-2", lookups[1].Header("identifier"));
        Assert.All(lookups, r => Assert.Equal("?size=200", r.Query));
    }

    [Fact]
    public async Task A_name_with_finnish_letters_travels_in_the_header()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var found = await test.Api.SearchBusinessPartnersAsync(name: "Metsä");

        Assert.Equal("Metsä Oy", found.Results!.Single().Name);
    }

    [Fact]
    public async Task An_attachment_upload_arrives_byte_for_byte_and_downloads_as_a_stream()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        var file = RandomNumberGenerator.GetBytes(1_500_000);
        var meta = new Attachment { Name = "receipt.pdf", ReferenceType = "INVOICE", ReferenceId = 12, SendWithInvoice = false };

        var saved = await test.Api.UploadAttachmentAsync(meta, new MemoryStream(file), "receipt.pdf", "application/pdf");
        await using var download = await test.Api.DownloadAttachmentAsync(saved.Id!.Value);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);

        var stored = server.Data.Attachments[saved.Id.Value];
        Assert.Equal(file, stored.File);
        Assert.Equal("application/pdf", stored.ContentType);
        Assert.Equal("INVOICE", stored.Meta["referenceType"]!.GetValue<string>());
        Assert.Equal(file, copy.ToArray());
        Assert.Equal("application/pdf", download.ContentType);
        Assert.Equal("receipt.pdf", download.FileName);
        Assert.Equal(file.Length, download.Length);
        var upload = Assert.Single(server.RequestsTo("POST", "/attachments"));
        Assert.StartsWith("multipart/form-data; boundary=", upload.Header("Content-Type"));
    }

    [Fact]
    public async Task The_official_attachment_answer_gives_metadata_and_a_streamed_file()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        var file = RandomNumberGenerator.GetBytes(300_000);
        var saved = await test.Api.UploadAttachmentAsync(new Attachment { Name = "scan.png", ReferenceType = "LEDGERRECEIPT", ReferenceId = 5 },
            new MemoryStream(file), "scan.png", "image/png");

        await using var download = await test.Api.GetAttachmentAsync(saved.Id!.Value);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);

        Assert.Equal(file, copy.ToArray());
        Assert.Equal("image/png", download.ContentType);
        Assert.Equal("scan.png", download.FileName);
        var meta = JsonNode.Parse(download.Metadata!.Value.Span)!;
        Assert.Equal(saved.Id, meta["id"]!.GetValue<long>());
        Assert.Equal("LEDGERRECEIPT", meta["referenceType"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_file_over_ten_million_bytes_is_refused_before_anything_is_sent()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        var meta = new Attachment { Name = "big.bin", ReferenceType = "INVOICE", ReferenceId = 12 };

        var seekable = await Assert.ThrowsAsync<ArgumentException>(() =>
            test.Api.UploadAttachmentAsync(meta, new MemoryStream(new byte[10_000_001]), "big.bin", "application/octet-stream"));
        var streamed = await Assert.ThrowsAsync<ArgumentException>(() =>
            test.Api.UploadAttachmentAsync(meta, new NonSeekableStream(new byte[10_500_000]), "big.bin", "application/octet-stream"));

        Assert.Equal("file", seekable.ParamName);
        Assert.Contains("10,000,001 bytes", seekable.Message);
        Assert.Equal("file", streamed.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_file_of_exactly_ten_million_bytes_from_a_stream_that_cannot_seek_is_accepted()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        var file = RandomNumberGenerator.GetBytes(10_000_000);

        var saved = await test.Api.UploadAttachmentAsync(new Attachment { Name = "max.bin", ReferenceType = "INVOICE", ReferenceId = 1 },
            new NonSeekableStream(file), "max.bin", "application/octet-stream");

        Assert.Equal(file, server.Data.Attachments[saved.Id!.Value].File);
    }

    [Fact]
    public async Task The_invoice_image_is_a_png_page()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        await using var image = await test.Api.InvoiceImageAsync(3, page: 2);
        using var bytes = new MemoryStream();
        await image.Content.CopyToAsync(bytes);

        Assert.Equal("image/png", image.ContentType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.ToArray()[..4]);
        Assert.EndsWith("invoice 3 page 2", System.Text.Encoding.ASCII.GetString(bytes.ToArray()));
    }

    [Fact]
    public async Task A_created_invoice_round_trips_dates_and_money()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var created = await test.Api.CreateInvoiceAsync(new Invoice { Type = "SALES_INVOICE", Date = new DateOnly(2024, 2, 29), TotalAmount = 1234.56m, Currency = "EUR" });

        Assert.Equal(new DateOnly(2024, 2, 29), created.Date);
        Assert.Equal(1234.56m, created.TotalAmount);
        var stored = server.Data.Invoices[created.Id!.Value];
        Assert.Equal("2024-02-29", stored["date"]!.GetValue<string>());
        Assert.Equal("1234.56", stored["totalAmount"]!.ToJsonString());
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
