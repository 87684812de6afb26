import BenchqCLI

BenchqMain.run()
