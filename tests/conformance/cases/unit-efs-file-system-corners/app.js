// Conformance case 'unit-efs-file-system-corners': efs.FileSystem / AccessPoint props at
// efs-file-system.ts's edges, next to efs-file-system.test.ts and access-point.test.ts: a
// fileSystemPolicy with allowAnonymousAccess false (the anonymous statement joins the given
// document), one document shared by two file systems that both deny anonymous access (the statement
// added to it twice, merged when rendered), an empty fileSystemName (the path instead),
// enableAutomaticBackups false, GENERAL_PURPOSE with Size.gibibytes(1) provisioned, a given
// security group, PUBLIC subnets, and access points with only a path or a POSIX user without
// secondary groups.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false });
const statement = () => new iam.PolicyStatement({
  actions: ['elasticfilesystem:ClientMount'],
  principals: [new iam.ArnPrincipal('arn:aws:iam::111122223333:role/Testing_Role')],
  resources: ['*'],
  conditions: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
});
new efs.FileSystem(stack, 'Given', {
  vpc,
  fileSystemPolicy: new iam.PolicyDocument({ statements: [statement()] }),
  allowAnonymousAccess: false,
});
const shared = new iam.PolicyDocument({ statements: [statement()] });
new efs.FileSystem(stack, 'SharedA', { vpc, fileSystemPolicy: shared, allowAnonymousAccess: false });
new efs.FileSystem(stack, 'SharedB', { vpc, fileSystemPolicy: shared, allowAnonymousAccess: false });
const sg = new ec2.SecurityGroup(stack, 'SG', { vpc, allowAllOutbound: false });
const fs = new efs.FileSystem(stack, 'Options', {
  vpc,
  fileSystemName: '',
  enableAutomaticBackups: false,
  performanceMode: efs.PerformanceMode.GENERAL_PURPOSE,
  throughputMode: efs.ThroughputMode.PROVISIONED,
  provisionedThroughputPerSecond: cdk.Size.gibibytes(1),
  securityGroup: sg,
  vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
});
fs.addAccessPoint('PathOnly', { path: '/data' });
new efs.AccessPoint(stack, 'UserOnly', { fileSystem: fs, posixUser: { uid: '1000', gid: '1000' } });
app.synth();
