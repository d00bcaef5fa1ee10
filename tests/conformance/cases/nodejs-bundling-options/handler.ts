import text from './message.txt';

declare const BUILD_STAGE: string;

export class Greeter {
  constructor(private readonly prefix: string) {}
  greet(name: string): string {
    return `${this.prefix} ${name} (${BUILD_STAGE}): ${text.trim()}`;
  }
}

export const handler = async (event: { name: string }) => {
  const g = new Greeter('hello');
  return { statusCode: 200, body: g.greet(event.name), cls: Greeter.name };
};
