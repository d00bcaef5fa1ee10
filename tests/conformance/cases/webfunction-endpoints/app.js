// Conformance case 'webfunction-endpoints': a WebFunction with a perRegion default endpoint (the
// "prod-<hash>" name, replica regions without the stack's own), addEndpoint with APPLICATION_MANAGED
// auth (its warning), a multiRegion one, endpoint grants to a role (its policy) and to a service
// principal with conditions and an account (the function's ResourcePolicy), addToResourcePolicy, a
// WebFunctionEndpoint of its own in the same stack and one in another stack (the cross-stack policy
// ARN), and an imported endpoint granted to a role.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });

const codeBucket = s3.Bucket.fromBucketName(stack, 'CodeBucket', 'my-code-bucket');

const fn = new lambda.WebFunction(stack, 'PerRegionApi', {
  code: lambda.WebFunctionCode.fromBucket(codeBucket, 'app.zip', 'version-id'),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
  defaultEndpoint: {
    endpointLocation: lambda.WebFunctionEndpointLocation.perRegion(['us-west-2', 'us-east-1', 'eu-central-1']),
  },
});

const internal = fn.addEndpoint('Internal', {
  authType: lambda.WebFunctionAuthType.APPLICATION_MANAGED,
});
const global = fn.addEndpoint('Global', {
  authType: lambda.WebFunctionAuthType.IAM_AUTH,
  endpointLocation: lambda.WebFunctionEndpointLocation.multiRegion(['eu-west-1']),
  endpointDescription: 'global',
});

const caller = new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });
fn.endpoint.grants.invoke(caller);
fn.endpoint.grants.invoke(new iam.ServicePrincipal('cloudfront.amazonaws.com', {
  conditions: { ArnLike: { 'aws:SourceArn': 'arn:aws:cloudfront::123456789012:distribution/EDFDVBD6EXAMPLE' } },
}));
global.grants.invoke(new iam.AccountPrincipal('210987654321'));
fn.addToResourcePolicy(new iam.PolicyStatement({
  principals: [new iam.AccountPrincipal('111122223333')],
  actions: ['lambda:InvokeWebFunctionEndpoint'],
  resources: [internal.endpointArn],
}));

const own = new lambda.WebFunctionEndpoint(stack, 'OwnEndpoint', {
  webFunction: fn,
  traffic: lambda.WebFunctionTraffic.single(fn.revisionId),
  authType: lambda.WebFunctionAuthType.IAM_AUTH,
  rateLimit: 100,
});
own.grants.invoke(new iam.ServicePrincipal('events.amazonaws.com'));

const other = new cdk.Stack(app, 'OtherStack', { env: { account: '123456789012', region: 'us-east-1' } });
const remote = new lambda.WebFunctionEndpoint(other, 'RemoteEndpoint', {
  webFunction: fn,
  traffic: lambda.WebFunctionTraffic.single(fn.revisionId),
  authType: lambda.WebFunctionAuthType.IAM_AUTH,
  endpointName: 'remote',
});
remote.grants.invoke(new iam.AccountPrincipal('444455556666'));

const imported = lambda.WebFunctionEndpoint.fromWebFunctionEndpointAttributes(other, 'Imported', {
  endpointArn: 'arn:aws:lambda:us-west-2:123456789012:web-function/my-function/endpoint/prod',
  domainName: 'abcd1234.lambda-web.us-west-2.on.aws',
  endpointType: lambda.WebFunctionEndpointType.HOME_REGION,
  authType: lambda.WebFunctionAuthType.IAM_AUTH,
});
const otherCaller = new iam.Role(other, 'OtherCaller', { assumedBy: new iam.AccountRootPrincipal() });
imported.grants.invoke(otherCaller);
new cdk.CfnOutput(other, 'ImportedFunctionArn', { value: imported.webFunctionArn });
new cdk.CfnOutput(other, 'ImportedDomain', { value: imported.domainName });
new cdk.CfnOutput(other, 'RemoteDomain', { value: remote.domainName });

app.synth();
