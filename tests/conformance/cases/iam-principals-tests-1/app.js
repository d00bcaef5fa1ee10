// Conformance case 'iam-principals-tests-1': aws-iam principals.test.ts 'standardized Service
// Principal behavior': new ServicePrincipal(service, { region }) -- "<name>.<region>.amazonaws.com"
// only where the region is opt-in and not the stack's (an agnostic stack's region token is not it);
// in a trust policy, with conditions, as a Lambda permission's principal, and statements merged under
// minimizePolicies by the principal's dedupe string (its opts: a region or not are two principals);
// statement.addServicePrincipal(service, opts).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const agnosticStates = new iam.ServicePrincipal('states.amazonaws.com');
const afSouth1States = new iam.ServicePrincipal('states.amazonaws.com', { region: 'af-south-1' });
const doc = (stack, id, statements) =>
  new cdk.CfnResource(stack, id, { type: 'Custom::Doc', properties: { Document: new iam.PolicyDocument({ statements }) } });
const stmt = (actions, ...principals) => new iam.PolicyStatement({ actions, resources: ['*'], principals });

for (const [id, env] of [['T1', { region: 'us-east-1' }], ['T2', { region: 'af-south-1' }], ['T3', undefined]]) {
  const stack = new cdk.Stack(app, id, { env });
  // the two principal objects of the test, one per statement, and in one statement
  doc(stack, 'Agnostic', [stmt(['service:action'], agnosticStates)]);
  doc(stack, 'OptIn', [stmt(['service:action'], afSouth1States)]);
  doc(stack, 'Both', [stmt(['service:action'], agnosticStates, afSouth1States)]);
  // one service and region twice in a statement (two objects, and one object twice)
  doc(stack, 'Twice', [stmt(['service:action'], afSouth1States, afSouth1States,
    new iam.ServicePrincipal('states.amazonaws.com', { region: 'af-south-1' }))]);
  // short names, a region that is not opt-in, another opt-in one, a non-standard name
  doc(stack, 'Others', [stmt(['service:other'],
    new iam.ServicePrincipal('sns', { region: 'me-south-1' }),
    new iam.ServicePrincipal('sqs.amazonaws.com', { region: 'us-west-2' }),
    new iam.ServicePrincipal('logs.amazonaws.com', { region: 'ap-east-1' }),
    new iam.ServicePrincipal('foo.bar.example.com', { region: 'af-south-1' }))]);
  // merging (minimizePolicies on): one service and region in two statements merge; with and
  // without a region, or with two regions, they do not
  doc(stack, 'Merge', [
    stmt(['s3:GetObject'], new iam.ServicePrincipal('states.amazonaws.com', { region: 'af-south-1' })),
    stmt(['s3:PutObject'], new iam.ServicePrincipal('states.amazonaws.com', { region: 'af-south-1' })),
    stmt(['sqs:SendMessage'], new iam.ServicePrincipal('states.amazonaws.com')),
    stmt(['sqs:SendMessage'], new iam.ServicePrincipal('states.amazonaws.com', { region: 'eu-south-1' })),
  ]);
  // statement.addServicePrincipal(service, opts)
  const sh = new iam.PolicyStatement({ actions: ['service:action'], resources: ['*'] });
  sh.addServicePrincipal('states.amazonaws.com', { region: 'af-south-1', conditions: { Bool: { 'aws:SecureTransport': 'true' } } });
  const sh2 = new iam.PolicyStatement({ actions: ['service:other'], resources: ['*'] });
  sh2.addServicePrincipal('sns', { region: 'ap-east-1' });
  doc(stack, 'Shorthand', [sh, sh2]);
  // a trust policy, with conditions in the options
  new iam.Role(stack, 'Role', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com', {
      region: 'af-south-1',
      conditions: { StringEquals: { 'aws:SourceAccount': '123456789012' } },
    }),
  });
  new iam.Role(stack, 'Composite', {
    assumedBy: new iam.CompositePrincipal(afSouth1States, new iam.ServicePrincipal('events', { region: 'il-central-1' })),
  });
  // a Lambda permission's principal
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {};'),
  });
  fn.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com', { region: 'me-central-1' }));
}
app.synth();
