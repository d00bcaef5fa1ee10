// The same app against aws-cdk-lib (npx cdk synth --app 'node app.js' writes the same templates).
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'NodejsFunctionStack');
new nodejs.NodejsFunction(stack, 'Hello', { entry: 'src/handlers/hello.ts' });
const orders = new nodejs.NodejsFunction(stack, 'Orders', {
  entry: 'src/handlers/orders.ts',
  handler: 'getOrder',
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  memorySize: 512,
  environment: { TABLE_NAME: 'orders' },
  bundling: { minify: true, sourceMap: true },
});
orders.addEnvironment('LOG_LEVEL', 'info');
app.synth();
