exports.handler = async () => ({ statusCode: 301, headers: { location: 'https://api.example.com/v2' } });
