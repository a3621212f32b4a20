package ringscope.model;

/** Network facts about an IP or prefix from {@code ip_info.csv}; {@code asn} is null when unknown. */
public record IpInfoRecord(long id, String ipOrPrefix, Long asn, String asnOrg, String ipType, String country,
        int sourceFileId, long lineNo) {}
