exports.handler = async (event) => ({ settled: (event.items || []).length });
exports.reconcile = async (event) => { console.log(JSON.stringify(event)); };
