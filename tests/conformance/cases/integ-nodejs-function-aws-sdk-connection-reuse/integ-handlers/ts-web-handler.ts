import { createServer } from 'http';
import { mult } from './util';

// a tiny web app behind the Lambda Web Adapter layer
const app = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end(String(mult(2, 21)));
});

app.listen(Number(process.env.PORT ?? '8080'));
