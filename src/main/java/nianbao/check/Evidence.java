package nianbao.check;

/**
 * A span of the report that shows a finding: the section key, character offsets in that section's text and the
 * quoted text, so an inspector sees the problem without searching.
 */
public record Evidence(String section, int start, int end, String text) {}
