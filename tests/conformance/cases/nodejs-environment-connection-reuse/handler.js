exports.handler = async () => ({ table: process.env.TABLE, stage: process.env.STAGE });
