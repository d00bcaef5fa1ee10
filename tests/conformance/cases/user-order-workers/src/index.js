exports.handler = async (e) => ({ n: (e.Records || []).length });
