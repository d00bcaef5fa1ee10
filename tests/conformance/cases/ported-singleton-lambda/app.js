// Conformance case 'ported-singleton-lambda': aws-cdk's singleton-lambda.test.ts ported literally, the
// same ids and props: 'can add same singleton Lambda multiple times, only instantiated once in
// template' in the stack `new cdk.Stack()` makes ('Default'), each other test in a stack of its own
// (their 'Singleton' ids would share one function in one stack); the values the tests read (the grant's
// resourceStatement, runtime, isBoundToVpc, connections' security groups) as outputs.
// Ported from aws-cdk: singleton-lambda.test.ts 'can add same singleton Lambda multiple times, only
// instantiated once in template', 'dependencies are correctly added', 'dependsOn are correctly added',
// 'Environment is added to Lambda, when .addEnvironment() is provided one key pair', 'Layer is added
// to Lambda, when .addLayers() is provided a valid layer', 'grantInvoke works correctly', 'runtime is
// correctly returned', 'current version of a singleton function', 'bind to vpc and access connections'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const UUID = '84c0de93-353f-4217-9b0b-45b6c993251a';
const props = () => ({
  uuid: UUID,
  code: new lambda.InlineCode('def hello(): pass'),
  runtime: lambda.Runtime.PYTHON_3_9,
  handler: 'index.hello',
  timeout: cdk.Duration.minutes(5),
});

{
  const stack = new cdk.Stack(app, 'Default');
  for (let i = 0; i < 5; i++) {
    new lambda.SingletonFunction(stack, `Singleton${i}`, props());
  }
}
{
  const stack = new cdk.Stack(app, 'Dependencies');
  const singleton = new lambda.SingletonFunction(stack, 'Singleton', props());
  const dependency = new iam.User(stack, 'dependencyUser');
  singleton.addDependency(dependency);
}
{
  const stack = new cdk.Stack(app, 'DependOn');
  const singleton = new lambda.SingletonFunction(stack, 'Singleton', props());
  const user = new iam.User(stack, 'user');
  singleton.dependOn(user);
}
{
  const stack = new cdk.Stack(app, 'AddEnvironment');
  const singleton = new lambda.SingletonFunction(stack, 'Singleton', props());
  singleton.addEnvironment('KEY', 'value');
}
{
  const stack = new cdk.Stack(app, 'AddLayers');
  const singleton = new lambda.SingletonFunction(stack, 'Singleton', props());
  const bucket = new s3.Bucket(stack, 'Bucket');
  const layer = new lambda.LayerVersion(stack, 'myLayer', {
    code: new lambda.S3Code(bucket, 'ObjectKey'),
    compatibleRuntimes: [lambda.Runtime.PYTHON_3_9],
  });
  singleton.addLayers(layer);
}
{
  const stack = new cdk.Stack(app, 'GrantInvoke');
  const singleton = new lambda.SingletonFunction(stack, 'Singleton', {
    uuid: UUID,
    code: new lambda.InlineCode('def hello(): pass'),
    runtime: lambda.Runtime.PYTHON_3_9,
    handler: 'index.hello',
  });
  const invokeResult = singleton.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
  new cdk.CfnOutput(stack, 'Statement', { value: JSON.stringify(stack.resolve(invokeResult.resourceStatement.toJSON())) });
}
{
  const stack = new cdk.Stack(app, 'Runtime');
  const singleton = new lambda.SingletonFunction(stack, 'Singleton', props());
  new cdk.CfnOutput(stack, 'Runtime', { value: singleton.runtime.name });
}
{
  const stack = new cdk.Stack(app, 'CurrentVersion');
  const singleton = new lambda.SingletonFunction(stack, 'Singleton', {
    uuid: UUID,
    code: new lambda.InlineCode('foo'),
    runtime: lambda.Runtime.NODEJS_14_X,
    handler: 'index.handler',
  });
  const version = singleton.currentVersion;
  version.addAlias('foo');
}
{
  const stack = new cdk.Stack(app, 'Vpc');
  const vpc = new ec2.Vpc(stack, 'VPC', { maxAzs: 2 });
  const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc: vpc });
  const singleton = new lambda.SingletonFunction(stack, 'Singleton', {
    uuid: UUID,
    code: new lambda.InlineCode('foo'),
    runtime: lambda.Runtime.NODEJS_14_X,
    handler: 'index.handler',
    securityGroups: [securityGroup],
    vpc: vpc,
  });
  new cdk.CfnOutput(stack, 'IsBoundToVpc', { value: String(singleton.isBoundToVpc) });
  new cdk.CfnOutput(stack, 'SecurityGroups', {
    value: cdk.Fn.join(',', singleton.connections.securityGroups.map(sg => sg.securityGroupId)),
  });
}

app.synth();
