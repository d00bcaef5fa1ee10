import { readFileSync } from 'fs';

export const handler = async () => JSON.parse(readFileSync(`${__dirname}/config.json`, 'utf8'));
