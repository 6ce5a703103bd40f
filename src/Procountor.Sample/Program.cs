return await Procountor.Sample.SampleApp.RunAsync(args, Console.Out, Console.Error);
