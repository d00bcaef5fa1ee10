exports.orders = async (event) => { console.log(JSON.stringify({ level: 'INFO', audit: true, event })); return { ok: true }; };
exports.audit = async (event) => ({ received: event.awslogs ? 1 : 0 });
exports.rotate = async (event) => { console.log('rotation step', event.Step); };
