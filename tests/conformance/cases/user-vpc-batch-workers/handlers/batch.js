exports.work = async (event) => ({ batchItemFailures: [] });
exports.compact = async () => ({ compacted: 0 });
