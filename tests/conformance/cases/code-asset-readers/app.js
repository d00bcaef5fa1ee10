// Conformance case 'code-asset-readers': Code.fromAsset's s3_assets.AssetOptions `readers` and
// `displayName`: each reader (a role, a user, an imported role, a service principal) is granted read
// on the staging bucket and its objects when the asset is made (the first function bound; a second
// function with the same code grants nothing more), the service principal's statement goes nowhere
// (the asset bucket is an import); displayName names the asset in the asset manifest (an empty
// one too), a layer's asset as well.
// Ported from aws-cdk: code.test.ts 'adds code asset metadata' (Code.fromAsset with the options
// s3_assets.AssetOptions adds)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const role = new iam.Role(stack, 'Reader', { assumedBy: new iam.AccountRootPrincipal() });
const user = new iam.User(stack, 'User');
const imported = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::123456789012:role/reader');
const code = lambda.Code.fromAsset('lambda-handler', {
  readers: [role, user, imported, new iam.ServicePrincipal('codebuild.amazonaws.com')],
  displayName: 'My handler code',
});
for (const id of ['Fn', 'Again']) {
  new lambda.Function(stack, id, { code, handler: 'index.handler', runtime: lambda.Runtime.NODEJS_20_X });
}
new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromAsset('layer', { readers: [role], displayName: '' }) });
app.synth();
