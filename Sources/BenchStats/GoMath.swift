/// The elementary functions as Go's `math` package computes them on linux/amd64, where
/// benchstat's reference outputs were recorded.
///
/// benchstat prints some results at full precision (CSV geomeans) and moremath compares some
/// rounded values for equality (the median interval's `Ambiguous` flag), so the C library's
/// functions — often a last-bit different — are not good enough. Each function here follows the
/// published algorithm that Go uses: fdlibm's logarithm, log-gamma and complementary error
/// function, and Shibata's (SLEEF) exponential in its fused multiply-add form, which Go selects
/// on CPUs with AVX and FMA.
package enum GoMath {}
