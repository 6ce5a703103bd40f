using System.Security.Cryptography;
using Procountor.FakeServer;
using Procountor.Runtime;
using Procountor.Runtime.Json;
using Procountor.Runtime.Validation;
using Procountor.Sdk.Tests.Support;
using Procountor.Sdk.V2312;

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

        var invoices = await test.V2312.Invoices.GetInvoicesAsync(ids);

        Assert.Equal(Enumerable.Range(1, 450).Select(i => (long)(451 - i)), invoices.Select(i => (long)i.Id!.Value));
        var batches = server.Requests.Where(r => r.Method == "GET" && r.Path.Contains("/invoices/", StringComparison.Ordinal)).ToArray();
        Assert.Equal([200, 200, 50], batches.Select(r => r.Path.Split('/').Last().Split(',').Length).Order().Reverse());
        Assert.Equal(450, batches.SelectMany(r => r.Path.Split('/').Last().Split(',')).Distinct().Count());
    }

    [Fact]
    public async Task A_batch_skips_unknown_ids_and_a_request_whose_ids_are_all_unknown()
    {
        await using var server = await FakeProcountorServer.StartAsync(data: FakeData.Seeded(invoices: 250));
        using var test = TestClient.For(server);

        var invoices = await test.V2312.Invoices.GetInvoicesAsync(Enumerable.Range(1, 400).Select(i => (long)i).Append(9_999));

        Assert.Equal(250, invoices.Count);
        Assert.Equal(3, server.Requests.Count(r => r.Path.Contains("/invoices/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_batch_chunk_of_one_id_reads_the_single_resource_the_api_answers_with()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var invoices = await test.V2312.Invoices.GetInvoicesAsync(Enumerable.Range(1, 201).Select(i => (long)i));
        var partners = await test.V2312.BusinessPartners.GetBusinessPartnersAsync([3]);

        Assert.Equal(201, invoices.Count);
        Assert.Contains(server.Requests, r => r.Path.EndsWith("/invoices/201", StringComparison.Ordinal));
        Assert.Equal("Metsä Oy", partners.Single().Name);
    }

    [Fact]
    public async Task Batch_ids_are_checked_before_anything_is_sent()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var none = await Assert.ThrowsAsync<ArgumentException>(() => test.V2312.Invoices.GetInvoicesAsync([]));
        var zero = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => test.V2312.BusinessPartners.GetBusinessPartnersAsync([4, 0]));

        Assert.Equal("invoiceIds", none.ParamName);
        Assert.Equal("ids[1]", zero.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Paging_walks_every_page_of_200_and_stops_at_the_total_without_an_empty_request()
    {
        await using var server = await FakeProcountorServer.StartAsync(data: FakeData.Seeded(invoices: 400));
        using var test = TestClient.For(server);

        var all = new List<InvoiceBasicInfo>();
        await foreach (var invoice in test.V2312.Invoices.SearchInvoiceAllAsync())
            all.Add(invoice);

        Assert.Equal(Enumerable.Range(1, 400), all.Select(i => i.Id!.Value));
        Assert.Equal(["?size=200&page=0", "?size=200&page=1"], server.RequestsTo("GET", "/invoices").Select(r => r.Query));
    }

    [Fact]
    public async Task Paging_stops_at_a_short_page_and_fetches_lazily()
    {
        await using var server = await FakeProcountorServer.StartAsync(data: FakeData.Seeded(invoices: 120));
        using var test = TestClient.For(server);

        var firstFive = new List<InvoiceBasicInfo>();
        await foreach (var invoice in test.V2312.Invoices.SearchInvoiceAllAsync(size: 50))
        {
            firstFive.Add(invoice);
            if (firstFive.Count == 5)
                break;
        }
        var all = await test.V2312.Invoices.SearchInvoiceAllAsync(size: 50).CountAsync();

        Assert.Equal(120, all);
        Assert.Equal(4, server.RequestsTo("GET", "/invoices").Count); // 1 for the first five, then pages 0, 1, 2
    }

    [Fact]
    public async Task The_pages_of_a_search_come_with_their_meta_and_keep_the_filters()
    {
        await using var server = await FakeProcountorServer.StartAsync(data: FakeData.Seeded(invoices: 30));
        server.Data.Invoices[4]["status"] = "PAID";
        server.Data.Invoices[9]["status"] = "PAID";
        using var test = TestClient.For(server);

        var pages = await test.V2312.Invoices.SearchInvoiceAllAsync(status: [SearchInvoiceStatusItem.Paid], size: 1).AsPages().ToListAsync();

        Assert.Equal([4, 9], pages.Select(p => p.Results!.Single().Id!.Value));
        Assert.All(pages, p => Assert.Equal(2, p.Meta!.TotalCount));
        Assert.Equal(["?status=PAID&size=1&page=0", "?status=PAID&size=1&page=1"], server.RequestsTo("GET", "/invoices").Select(r => r.Query));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public async Task A_page_size_outside_1_to_200_is_refused_before_sending(int size)
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var walk = await Assert.ThrowsAsync<ApiValidationException>(async () => await test.V2312.Invoices.SearchInvoiceAllAsync(size: size).CountAsync());
        var page = await Assert.ThrowsAsync<ApiValidationException>(() => test.V2312.BusinessPartners.SearchBusinessPartnersAsync(size: size));

        Assert.Equal("size", walk.ParamName);
        Assert.Equal("size", page.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Business_partner_lookups_send_name_and_identifier_as_headers_not_in_the_url()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var byName = await test.V2312.BusinessPartners.SearchBusinessPartnersAsync(name: "kala");
        var byId = await test.V2312.BusinessPartners.SearchBusinessPartnersAsync(identifier: "1234562-2");

        Assert.Equal(["Oy Kala Ab", "Kalastajat Oy"], byName.Value.Results!.Select(p => p.Name));
        Assert.Equal("Metsä Oy", byId.Value.Results!.Single().Name);
        var lookups = server.RequestsTo("GET", "/businesspartners");
        Assert.Equal("kala", lookups[0].Header("name"));
        Assert.Equal("1234562-2", lookups[1].Header("identifier"));
        Assert.All(lookups, r => Assert.Equal("", r.Query));
    }

    [Fact]
    public async Task A_name_with_finnish_letters_travels_in_the_header()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var found = await test.V2312.BusinessPartners.SearchBusinessPartnersAsync(name: "Metsä");

        Assert.Equal("Metsä Oy", found.Value.Results!.Single().Name);
    }

    [Fact]
    public async Task An_attachment_upload_arrives_byte_for_byte_and_downloads_with_its_metadata()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        var file = RandomNumberGenerator.GetBytes(1_500_000);

        var saved = (await test.V2312.Attachments.SaveAttachmentAsync(
            meta: new Attachment { Name = "receipt.pdf", ReferenceType = AttachmentReferenceType.Invoice, ReferenceId = 12, SendWithInvoice = false },
            file: new ApiFile(new MemoryStream(file), "receipt.pdf", "application/pdf"))).Value;
        await using var download = await ProcountorDownload.FromResponseAsync(await test.V2312.Attachments.GetAttachmentAsync(saved.Id!.Value));
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);

        var stored = server.Data.Attachments[saved.Id.Value];
        Assert.Equal(file, stored.File);
        Assert.Equal("application/pdf", stored.ContentType);
        Assert.Equal("INVOICE", stored.Meta["referenceType"]!.GetValue<string>());
        Assert.Equal(file, copy.ToArray());
        Assert.Equal("application/pdf", download.ContentType);
        Assert.Equal("receipt.pdf", download.FileName);
        var meta = JsonModel.Deserialize<Attachment>(download.Metadata!.Value.Span);
        Assert.Equal((saved.Id, AttachmentReferenceType.Invoice, "application/pdf"), (meta.Id, meta.ReferenceType, meta.MimeType));
        var upload = Assert.Single(server.RequestsTo("POST", "/attachments"));
        Assert.StartsWith("multipart/form-data; boundary=", upload.Header("Content-Type"));
    }

    [Fact]
    public async Task A_file_over_ten_million_bytes_is_refused_before_anything_is_sent()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        var meta = new Attachment { Name = "big.bin", ReferenceType = AttachmentReferenceType.Invoice, ReferenceId = 12, SendWithInvoice = false };

        var seekable = await Assert.ThrowsAsync<ApiValidationException>(() =>
            test.V2312.Attachments.SaveAttachmentAsync(meta: meta, file: new ApiFile(new MemoryStream(new byte[10_000_001]), "big.bin")));
        var streamed = await Assert.ThrowsAsync<ApiValidationException>(() =>
            test.V2312.Attachments.SaveAttachmentAsync(meta: meta, file: new ApiFile(new NonSeekableStream(new byte[10_500_000]), "big.bin")));

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

        var saved = await test.V2312.Attachments.SaveAttachmentAsync(
            meta: new Attachment { Name = "max.bin", ReferenceType = AttachmentReferenceType.Invoice, ReferenceId = 1, SendWithInvoice = false },
            file: new ApiFile(new NonSeekableStream(file), "max.bin"));

        Assert.Equal(file, server.Data.Attachments[saved.Value.Id!.Value].File);
    }

    [Fact]
    public async Task The_invoice_image_is_a_png_page()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        await using var image = await ProcountorDownload.FromResponseAsync(await test.V2312.Invoices.GetInvoiceImageAsync(3, page: 2));
        using var bytes = new MemoryStream();
        await image.Content.CopyToAsync(bytes);

        Assert.Equal("image/png", image.ContentType);
        Assert.Null(image.Metadata);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.ToArray()[..4]);
        Assert.EndsWith("invoice 3 page 2", System.Text.Encoding.ASCII.GetString(bytes.ToArray()));
    }

    [Fact]
    public async Task A_created_invoice_round_trips_dates_money_and_offset_less_date_times()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        var invoice = Invoices.New(unitPrice: 1234.56m, date: new DateOnly(2024, 2, 29));
        invoice.Version = new DateTime(2024, 2, 29, 15, 20, 0);

        var created = (await test.V2312.Invoices.SaveInvoiceAsync(invoice)).Value;

        Assert.Equal(new DateOnly(2024, 2, 29), created.Date);
        Assert.Equal(1234.56m, created.InvoiceRows.Single().UnitPrice);
        Assert.Equal(new DateTime(2024, 2, 29, 15, 20, 0), created.Version);
        Assert.Equal(DateTimeKind.Unspecified, created.Version!.Value.Kind);
        Assert.Equal(InvoiceStatus.Unfinished, created.Status);
        var stored = server.Data.Invoices[created.Id!.Value];
        Assert.Equal("2024-02-29", stored["date"]!.GetValue<string>());
        Assert.Equal("2024-03-14", stored["paymentInfo"]!["dueDate"]!.GetValue<string>());
        Assert.Equal("2024-02-29T15:20:00", stored["version"]!.GetValue<string>());
        Assert.Equal("1234.56", stored["invoiceRows"]![0]!["unitPrice"]!.ToJsonString());
    }

    [Fact]
    public async Task An_unknown_enum_value_from_the_server_survives_a_get_and_goes_back_unchanged()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        server.Data.Invoices[5]["invoiceChannel"] = "CARRIER_PIGEON";
        using var test = TestClient.For(server);

        var invoice = (await test.V2312.Invoices.GetInvoiceAsync("5")).Value;
        var copy = (await test.V2312.Invoices.SaveInvoiceAsync(invoice)).Value;

        Assert.False(invoice.InvoiceChannel.IsKnown);
        Assert.Equal("CARRIER_PIGEON", invoice.InvoiceChannel.Value);
        Assert.Equal("CARRIER_PIGEON", server.Data.Invoices[copy.Id!.Value]["invoiceChannel"]!.GetValue<string>());
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
