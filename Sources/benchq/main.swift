import BenchqCLI

BenchqCommand.main()
