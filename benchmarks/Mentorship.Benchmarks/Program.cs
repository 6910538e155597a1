using BenchmarkDotNet.Running;

// Runs the benchmarks chosen on the command line, e.g. `-- --filter *BankBenchmarks*`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
