// bench workload (d), aws-cdk-lib half: N functions in one VPC, all mounting one EFS file system
// through one access point, in one stack (each function with its own security group, as a
// Function with `vpc` gets by default).
// Usage: node vpc_efs.js N     (output directory: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));
const ec2 = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-ec2'));
const efs = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-efs'));

const n = parseInt(process.argv[2] || '1', 10);
if (!(n >= 1)) {
  console.error('usage: node vpc_efs.js N (N >= 1)');
  process.exit(2);
}

// one stack above CloudFormation's 500 resources (the bench is not deployed): aws-cdk-lib's limit off
const app = new cdk.App({ context: { '@aws-cdk/core:stackResourceLimit': 0 } });
const stack = new cdk.Stack(app, 'VpcEfsStack');
const vpc = new ec2.Vpc(stack, 'Vpc');
const fileSystem = new efs.FileSystem(stack, 'Files', { vpc, removalPolicy: cdk.RemovalPolicy.DESTROY });
const accessPoint = fileSystem.addAccessPoint('AccessPoint', {
  path: '/lambda',
  createAcl: { ownerUid: '1001', ownerGid: '1001', permissions: '750' },
  posixUser: { uid: '1001', gid: '1001' },
});
const mount = lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/files');
for (let i = 0; i < n; i++) {
  new lambda.Function(stack, `Fn${i}`, {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
    timeout: cdk.Duration.seconds(30),
    environment: { BENCH_VALUE: `value-${i}` },
    vpc,
    filesystem: mount,
  });
}
app.synth();
