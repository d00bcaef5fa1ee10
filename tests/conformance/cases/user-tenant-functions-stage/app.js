// Conformance case 'user-tenant-functions-stage': an app as a CDK user writes it, not shaped to a
// feature: a "Prod" stage (tagged for cost allocation) holds a roles stack -- the tenants' execution
// role (assumed by Lambda and by an operator account, a permissions boundary, the basic execution
// managed policy, an inline policy) -- and a tenants stack with one function per tenant using that
// role across stacks: arm64, more ephemeral storage, a retained current version and a weighted
// "blue" alias that still sends a tenth of traffic to the version before; an operator account may
// invoke each; S3 of the tenant's bucket may invoke it; a legacy function imported by ARN is
// granted to the role.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const prod = new cdk.Stage(app, 'Prod', { env: { account: '210987654321', region: 'ap-southeast-2' } });
cdk.Tags.of(prod).add('project', 'tenants');

const roles = new cdk.Stack(prod, 'TenantRoles');
const boundary = new iam.ManagedPolicy(roles, 'Boundary', {
  description: 'tenant functions may not leave their prefix',
  statements: [new iam.PolicyStatement({ actions: ['s3:*', 'logs:*', 'lambda:InvokeFunction'], resources: ['*'] })],
});
const role = new iam.Role(roles, 'TenantRole', {
  assumedBy: new iam.CompositePrincipal(
    new iam.ServicePrincipal('lambda.amazonaws.com'),
    new iam.AccountPrincipal('333344445555')),
  description: 'runs tenant functions',
  maxSessionDuration: cdk.Duration.hours(2),
  permissionsBoundary: boundary,
  managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
  inlinePolicies: {
    uploads: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: ['arn:aws:s3:::tenant-uploads-*/*'],
    })] }),
  },
});

const stack = new cdk.Stack(prod, 'Tenants');
const legacy = lambda.Function.fromFunctionArn(stack, 'Legacy',
  'arn:aws:lambda:ap-southeast-2:210987654321:function:legacy-billing');
legacy.grantInvoke(role);
for (const tenant of ['acme', 'globex', 'initech']) {
  const fn = new lambda.Function(stack, `Tenant-${tenant}`, {
    runtime: lambda.Runtime.NODEJS_22_X,
    architecture: lambda.Architecture.ARM_64,
    handler: 'index.handler',
    code: lambda.Code.fromInline(`exports.handler = async () => '${tenant}';`),
    role,
    ephemeralStorageSize: cdk.Size.gibibytes(1),
    environment: { TENANT: tenant, BUCKET: `tenant-uploads-${tenant}` },
    currentVersionOptions: { removalPolicy: cdk.RemovalPolicy.RETAIN, description: `release of ${tenant}` },
  });
  cdk.Tags.of(fn).add('tenant', tenant);
  const previous = lambda.Version.fromVersionArn(stack, `Previous-${tenant}`,
    `arn:aws:lambda:ap-southeast-2:210987654321:function:${tenant}:7`);
  new lambda.Alias(stack, `Blue-${tenant}`, {
    aliasName: 'blue',
    version: fn.currentVersion,
    additionalVersions: [{ version: previous, weight: 0.1 }],
  });
  fn.grantInvoke(new iam.AccountPrincipal('333344445555'));
  fn.addPermission('Uploads', {
    principal: new iam.ServicePrincipal('s3.amazonaws.com'),
    sourceAccount: '210987654321',
    sourceArn: `arn:aws:s3:::tenant-uploads-${tenant}`,
  });
}
app.synth();
