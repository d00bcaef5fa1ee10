// A TypeScript class with a (standard) method decorator: esbuild lowers it for the target.
function logged(_value: unknown, context: ClassMethodDecoratorContext) {
  context.addInitializer(function (this: any) {
    console.log(`initialised with ${String(context.name)}`);
  });
}

class Welcome {
  constructor(private readonly who: string) {}

  @logged
  text() {
    return `Welcome, ${this.who}`;
  }
}

export async function handler(): Promise<void> {
  console.log(new Welcome('Lambda').text());
}
